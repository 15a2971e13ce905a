using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace WinsockErrors.Cli.Tests;

/// <summary>
/// A large log built the same way on every run and every runtime: the corpora's real lines, as posted, upper-cased,
/// lower-cased or cut short, between noise lines that put tag words, numbers, names and punctuation side by side.
/// </summary>
internal static class GeneratedLog
{
    /// <summary>Words and pieces the noise lines are made of: tags, near-tags, file and network words, units.</summary>
    private static readonly string[] s_words =
    [
        "WinError", "Win32Exception", "Win32 error", "error code", "NativeErrorCode", "ErrorCode", "SocketException",
        "WSAGetLastError()", "GetLastError", "socket error", "HRESULT", "errno", "os error", "error", "code", "Errno",
        "SocketError.", "SocketErrorCode:", "SocketError", "ECONNRESET", "EACCES", "ENOENT", "EINVAL", "WSAECONNREFUSED",
        "wsaetimedout", "EAI_NONAME", "ETIMEDOUT", "connect()", "socket", "file", "host", "port", "tcp", "the", "db01:",
        "/tmp/x.log", "C:\\data", "ms", "bytes", "%", "=", ":", "#", "(", ")", "[", "]", "*", "-", "->", "0x", "10.0.0.5",
        "Connection refused", "Permission denied", "No such file or directory", "timed out", "ConnectionReset",
    ];

    /// <summary>The text of every corpus line, positives and negatives, English and localized.</summary>
    public static IReadOnlyList<string> CorpusLines { get; } =
    [
        .. CorpusLine.Positives.Select(l => l.Text),
        .. CorpusLine.Negatives.Select(l => l.Text),
        .. LocalizedCorpusLine.Positives.Select(l => l.Text),
        .. LocalizedCorpusLine.Negatives.Select(l => l.Text),
    ];

    /// <summary>About <paramref name="bytes"/> bytes of lines from <paramref name="seed"/>.</summary>
    public static string Build(int bytes, uint seed)
    {
        var random = new XorShift(seed);
        var log = new StringBuilder(bytes + 1024);
        var line = new StringBuilder();
        while (log.Length < bytes)
        {
            line.Clear();
            var kind = random.Next(10);
            var corpus = CorpusLines[random.Next(CorpusLines.Count)];
            switch (kind)
            {
                case 0:
                case 1:
                    line.Append(corpus);
                    break;
                case 2:
                    line.Append(corpus.ToUpperInvariant());
                    break;
                case 3:
                    line.Append(corpus.ToLowerInvariant());
                    break;
                case 4:
                    line.Append(corpus, 0, random.Next(corpus.Length + 1)).Append(random.Next(2) == 0 ? "..." : "");
                    break;
                default:
                    Noise(random, line);
                    break;
            }

            log.Append(line.Replace('\n', ' ').Replace('\r', ' ')).Append('\n');
        }

        return log.ToString();
    }

    private static void Noise(XorShift random, StringBuilder line)
    {
        var count = 1 + random.Next(12);
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && random.Next(3) > 0)
            {
                line.Append(' ');
            }

            line.Append(random.Next(3) == 0 ? Number(random) : s_words[random.Next(s_words.Length)]);
        }
    }

    private static string Number(XorShift random) => random.Next(8) switch
    {
        0 => (10000 + random.Next(2000)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => random.Next(200).ToString(System.Globalization.CultureInfo.InvariantCulture),
        2 => "0x" + (0x80070000 | (uint)random.Next(0x10000)).ToString("X8", System.Globalization.CultureInfo.InvariantCulture),
        3 => "0x" + (10000 + random.Next(2000)).ToString("x", System.Globalization.CultureInfo.InvariantCulture),
        4 => (-2147014000 - random.Next(1000)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        5 => (995 + random.Next(10)).ToString(System.Globalization.CultureInfo.InvariantCulture),
        6 => random.Next(100000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "1" + random.Next(2).ToString(System.Globalization.CultureInfo.InvariantCulture) + random.Next(1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? ".5" : "ms"),
    };

    /// <summary>Marsaglia's xorshift: the same numbers from the same seed on every runtime.</summary>
    private sealed class XorShift(uint seed)
    {
        private uint _state = seed == 0 ? 1 : seed;

        public int Next(int bound)
        {
            _state ^= _state << 13;
            _state ^= _state >> 17;
            _state ^= _state << 5;
            return (int)(_state % (uint)bound);
        }
    }
}
