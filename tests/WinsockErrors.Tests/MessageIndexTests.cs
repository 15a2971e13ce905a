#if !LIBRARY_NETSTANDARD
using RecordedMessage = WinsockErrors.Tests.Data.LocalizedMessage;

namespace WinsockErrors.Tests;

/// <summary>
/// <see cref="MessageIndex"/> gives the answer of the plain rule it speeds up: try every key, longest first, whole
/// anywhere (a short key only as the whole text); failing that, the keys the text ends inside must name one entry.
/// </summary>
/// <remarks>Internal, so only the net8.0 build's tests see it; the code is the same for netstandard2.0.</remarks>
public class MessageIndexTests
{
    private static readonly MessageKey[] s_keys = WsaErrors.BuildMessageKeys();
    private static readonly MessageIndex s_index = new(s_keys);

    public static TheoryData<string> Texts()
    {
        var messages = RecordedMessage.All.Select(m => m.Text).Concat(WsaErrors.All.Select(e => e.Message)).Distinct().ToList();
        var texts = new TheoryData<string>();
        foreach (var message in messages)
        {
            // Whole, inside a line, and cut at a few lengths at the end of a line.
            texts.Add(message);
            texts.Add("error: " + message + " (retrying)");
            foreach (var length in new[] { 5, 9, 20, 26, 31, message.Length - 2 }.Where(n => n > 0 && n < message.Length).Distinct())
            {
                texts.Add("SocketException: " + message[..length]);
            }
        }

        texts.Add("由于目标计算机积极拒绝，无法连接。 then 远程主机强迫关闭了一个现有的连接。");
        texts.Add("A request to send or receive data was disallowed because the socket");
        texts.Add("nothing at all");
        return texts;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Gives_the_answer_of_the_plain_rule(string text)
    {
        var normalized = MessageText.Normalize(text);

        var actual = s_index.Locate(normalized.AsSpan());
        var expected = PlainRule(normalized);

        (actual.Key?.Key, actual.Start, actual.Length, actual.IsCut).Should().Be((expected.Key?.Key, expected.Start, expected.Length, expected.IsCut));
    }

    [Fact]
    public void The_keys_are_ranked_longest_first()
    {
        s_keys.Select(k => k.Rank).Should().Equal(Enumerable.Range(0, s_keys.Length));
        s_keys.Select(k => k.Key.Length).Should().BeInDescendingOrder();
    }

    private static (MessageKey? Key, int Start, int Length, bool IsCut) PlainRule(string normalized)
    {
        foreach (var key in s_keys)
        {
            var at = key.PrefixLength < 0 ? (normalized == key.Key ? 0 : -1) : normalized.IndexOf(key.Key, StringComparison.Ordinal);
            if (at >= 0)
            {
                return (key, at, key.Key.Length, false);
            }
        }

        var cuts = (
            from key in s_keys
            where key.PrefixLength >= 0
            from at in Enumerable.Range(0, normalized.Length)
            let rest = normalized[at..]
            where rest.Length >= key.PrefixLength && rest.Length < key.Key.Length && key.Key.StartsWith(rest, StringComparison.Ordinal)
            select (Key: key, At: at)).ToList();
        return cuts.Count == 0 || cuts.Select(c => c.Key.Index).Distinct().Count() > 1
            ? default
            : (cuts[0].Key, cuts[0].At, normalized.Length - cuts[0].At, true);
    }
}
#endif
