namespace WinsockErrors.Tests;

/// <summary>Behaviour only a mutation test showed unpinned: near-miss names, entries without errno, tiny buffers.</summary>
public class NearMissTests
{
    [Theory]
    [InlineData("XINTR")]
    [InlineData("EINVAX")]
    [InlineData("WSAEINTX")]
    [InlineData("EINTR ")]
    [InlineData("EINT")]
    public void A_name_one_character_from_a_real_one_finds_nothing(string name)
    {
        WsaErrors.Find(name).Should().BeNull();
        WsaErrors.TryFind(name, out var info).Should().BeFalse();
        info.Should().BeNull();
    }

    [Fact]
    public void No_name_changed_at_any_one_character_finds_an_entry_unless_it_is_itself_a_name()
    {
        var names = WsaErrors.All.SelectMany(e => e.Aliases.Prepend(e.Name).Concat(e.Errno.Where(x => x.IsWinsockPair).Select(x => x.Name)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var name in names)
        {
            for (var i = 0; i < name.Length; i++)
            {
                foreach (var c in new[] { 'X', '_', '1' })
                {
                    var nearMiss = string.Concat(name.AsSpan(0, i), c.ToString(), name.AsSpan(i + 1));
                    if (!names.Contains(nearMiss))
                    {
                        WsaErrors.Find(nearMiss).Should().BeNull($"'{nearMiss}' is one character from '{name}'");
                    }
                }
            }

            WsaErrors.Find(name.ToLowerInvariant()).Should().NotBeNull(name);
        }
    }

    [Fact]
    public void PosixName_is_null_for_a_code_without_an_errno()
    {
        var withoutErrno = WsaErrors.Get(WsaError.WSASYSNOTREADY);

        withoutErrno.Errno.Should().BeEmpty();
        withoutErrno.PosixName.Should().BeNull();
        WsaErrors.All.Where(e => e.Errno.Count == 0).Should().OnlyContain(e => e.PosixName == null);
        WsaErrors.Get(WsaError.WSAECONNRESET).PosixName.Should().Be("ECONNRESET");
    }

#if !LIBRARY_NETSTANDARD
    [Theory]
    [InlineData("X", "0x2746")]
    [InlineData("H", "0x80072746")]
    [InlineData("D", "10054")]
    [InlineData("N", "WSAECONNRESET")]
    [InlineData("G", "WSAECONNRESET (10054): Connection reset by peer.")]
    public void TryFormat_fits_exactly_and_fails_one_short_whatever_the_size(string format, string expected)
    {
        var info = WsaErrors.Get(WsaError.WSAECONNRESET);
        var buffer = new char[expected.Length + 1];

        info.TryFormat(buffer.AsSpan(0, expected.Length), out var written, format, null).Should().BeTrue();
        written.Should().Be(expected.Length);
        new string(buffer, 0, written).Should().Be(expected);
        for (var size = 0; size < expected.Length; size++)
        {
            info.TryFormat(buffer.AsSpan(0, size), out written, format, null).Should().BeFalse($"{size} characters are too few");
            written.Should().Be(0);
        }
    }
#endif
}
