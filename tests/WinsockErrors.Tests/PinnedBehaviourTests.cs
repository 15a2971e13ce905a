#if !LIBRARY_NETSTANDARD
using System.Net.Sockets;
using System.Reflection;

namespace WinsockErrors.Tests;

/// <summary>
/// Behaviour that mutation testing showed no other test pins: records built field by field, the order of the errno
/// name table, the first entry of the table, the exact message of a failed <see cref="WsaErrors.Get"/>, a bracket
/// that does not close, the ASCII letters at the ends of the alphabet, and a SocketException that wraps itself.
/// </summary>
public class PinnedBehaviourTests
{
    [Fact]
    public void A_PosixErrno_keeps_every_field_it_is_built_with()
    {
        var errno = new PosixErrno("EXAMPLE", 1, 2, 3, 4, isWinsockPair: true);

        errno.Name.Should().Be("EXAMPLE");
        (errno.Linux, errno.MacOS, errno.FreeBsd, errno.WindowsCrt).Should().Be((1, 2, 3, 4));
        errno.IsWinsockPair.Should().BeTrue();
    }

    [Fact]
    public void A_WsaErrorInfo_keeps_every_field_it_is_built_with()
    {
        var errno = new PosixErrno("ECONNRESET", 104, 54, 54, 108, isWinsockPair: true);
        var info = new WsaErrorInfo(
            WsaError.WSAECONNRESET, "NAME", "Title.", "Description.", "Message.", WsaErrorCategory.Socket, ["ALIAS"], [errno],
            SocketError.ConnectionReset, 0x12345, isTransient: true, isTimeout: true, WsaRetryAdvice.AfterDelay, "Reason.", "error_type",
            "one line");

        info.Error.Should().Be(WsaError.WSAECONNRESET);
        info.Code.Should().Be(10054);
        (info.Name, info.Title, info.Description, info.Message).Should().Be(("NAME", "Title.", "Description.", "Message."));
        info.Category.Should().Be(WsaErrorCategory.Socket);
        info.Aliases.Should().Equal("ALIAS");
        info.Errno.Should().Equal(errno);
        info.SocketError.Should().Be(SocketError.ConnectionReset);
        info.HResult.Should().Be(0x12345);
#pragma warning disable CS0618 // the obsolete property still keeps its value
        info.IsTransient.Should().BeTrue();
#pragma warning restore CS0618
        info.IsTimeout.Should().BeTrue();
        info.RetryAdvice.Should().Be(WsaRetryAdvice.AfterDelay);
        info.RetryReason.Should().Be("Reason.");
        info.ErrorType.Should().Be("error_type");
        info.ToString().Should().Be("one line");
    }

    [Fact]
    public void The_errno_name_table_lists_every_winsock2_pair_before_any_name_only_dotnet_maps()
    {
        // Built afresh here, not read from the cache the lookups fill on first use.
        var names = WsaErrors.BuildErrnoNames();
        var paired = WsaErrors.All.SelectMany(e => e.Errno.Where(x => x.IsWinsockPair).Select(x => x.Name)).ToList();
        var dotNetOnly = WsaErrors.All.SelectMany(e => e.Errno.Where(x => !x.IsWinsockPair).Select(x => x.Name)).ToList();

        names.Select(p => p.Key).Should().Equal(paired.Concat(dotNetOnly));
        dotNetOnly.Should().Contain(["EAGAIN", "EPIPE"], "the data has names only .NET maps, so the order is tested");
        names.Should().OnlyContain(p => WsaErrors.All[p.Value].Errno.Any(x => x.Name == p.Key));
    }

    [Fact]
    public void The_SocketError_name_table_names_each_entry_that_has_a_SocketError_once()
    {
        var names = WsaErrors.BuildSocketErrorNames();

        names.Should().HaveCount(WsaErrors.All.Count(e => e.SocketError is not null));
        names.Should().OnlyContain(p => WsaErrors.All[p.Value].SocketError.ToString() == p.Key);
        names.Should().Contain(p => p.Key == "Success" && p.Value == 0, "entry 0, NO_ERROR, is in the table too");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0x0")]
    [InlineData("(0)")]
    [InlineData("NO_ERROR")]
    [InlineData("Success")]
    public void Entry_zero_NO_ERROR_is_read_like_any_other(string text)
    {
        WsaErrors.TryParse(text, out var info).Should().BeTrue();
        info!.Error.Should().Be(WsaError.NO_ERROR);
    }

    [Fact]
    public void Get_of_an_undefined_value_says_which_value()
    {
        FluentActions.Invoking(() => WsaErrors.Get((WsaError)12345))
            .Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("error")
            .WithMessage("12345 is not a defined WsaError value.*")
            .Which.ActualValue.Should().Be(12345);
    }

    [Theory]
    [InlineData("(10054.")]
    [InlineData("x10054)")]
    [InlineData("(10054")]
    public void A_bracket_that_does_not_close_around_the_whole_text_is_no_exception_header(string text) =>
        WsaErrors.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData("zZ", "Zz", true)]
    [InlineData("aA", "Aa", true)]
    [InlineData("@", "`", false)]
    [InlineData("[", "{", false)]
    [InlineData("^", "~", false)]
    public void Ignoring_case_pairs_only_the_ASCII_letters_a_to_z(string text, string name, bool equal) =>
        AsciiText.EqualsIgnoreCase(text, name).Should().Be(equal);

    [Fact]
    public void A_SocketException_that_wraps_itself_is_listed_once()
    {
        var looping = new SocketException((int)SocketError.ConnectionAborted);
        typeof(Exception).GetField("_innerException", BindingFlags.Instance | BindingFlags.NonPublic)!.SetValue(looping, looping);

        WsaErrors.FindSocketExceptions(new IOException("outer", looping)).Should().ContainSingle().Which.Should().BeSameAs(looping);
    }
}
#endif
