#if !LIBRARY_NETSTANDARD
namespace WinsockErrors.Tests;

/// <summary>
/// The case-insensitive compare behind name lookups, at every length its three code paths handle (scalar under 4,
/// two words from 4 to 7, vectors from 8) and with a difference at every position, the overlapping ones included.
/// </summary>
public class AsciiCompareTests
{
    private const string Alphabet = "wsae_connrefused0123456789hostnotfound";

    public static TheoryData<int> Lengths => new(Enumerable.Range(1, 24));

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_key_matches_itself_in_either_case_and_nothing_one_character_away(int length)
    {
        var key = Alphabet[..length];
        var mask = Mask(key);

        AsciiText.EqualsLowerMasked(key, key, mask).Should().BeTrue();
        AsciiText.EqualsLowerMasked(key.ToUpperInvariant(), key, mask).Should().BeTrue();
        for (var i = 0; i < length; i++)
        {
            foreach (var other in Neighbours(key[i]))
            {
                var text = string.Concat(key.AsSpan(0, i), other.ToString(), key.AsSpan(i + 1));
                AsciiText.EqualsLowerMasked(text, key, mask).Should().BeFalse($"'{text}' differs from '{key}' at {i}");
            }
        }
    }

    [Fact]
    public void Lengths_must_agree()
    {
        AsciiText.EqualsLowerMasked("abcd", "abc", Mask("abc")).Should().BeFalse();
        AsciiText.EqualsLowerMasked("abc", "abcd", Mask("abcd")).Should().BeFalse();
        AsciiText.EqualsLowerMasked("abcd", "abcd", Mask("abc")).Should().BeFalse("a mask shorter than the key is a caller's bug, not a match");
        AsciiText.EqualsLowerMasked(string.Empty, string.Empty, string.Empty).Should().BeTrue();
    }

    [Theory]
    [InlineData("zZ", "Zz", true)]
    [InlineData("aA", "Aa", true)]
    [InlineData("@", "`", false)]
    [InlineData("[", "{", false)]
    [InlineData("^", "~", false)]
    public void Ignoring_case_pairs_only_the_ASCII_letters_a_to_z(string text, string name, bool equal) =>
        AsciiText.EqualsIgnoreCase(text, name).Should().Be(equal);

    /// <summary>Characters that a looser compare would take for <paramref name="c"/>.</summary>
    private static IEnumerable<char> Neighbours(char c)
    {
        yield return (char)(c + 1);
        yield return (char)(c ^ 0x40);
        yield return (char)(c | 0x100);
        if (!char.IsAsciiLetter(c))
        {
            // Outside letters the case bit is a different character: '_' | 0x20 is DEL, '0' & ~0x20 is DLE.
            yield return (char)(c ^ 0x20);
        }

        if (c == 'k')
        {
            yield return '\u212A'; // Kelvin sign, which Unicode case folding takes for 'k'
        }
    }

    private static string Mask(string key) => new(key.Select(c => char.IsAsciiLetter(c) ? ' ' : '\0').ToArray());
}
#endif
