#if !LIBRARY_NETSTANDARD
namespace WinsockErrors.Tests;

public class PosixErrnoTests
{
    [Fact]
    public void A_PosixErrno_keeps_every_field_it_is_built_with()
    {
        var errno = new PosixErrno("EXAMPLE", 1, 2, 3, 4, isWinsockPair: true);

        errno.Name.Should().Be("EXAMPLE");
        (errno.Linux, errno.MacOS, errno.FreeBsd, errno.WindowsCrt).Should().Be((1, 2, 3, 4));
        errno.IsWinsockPair.Should().BeTrue();
    }
}
#endif
