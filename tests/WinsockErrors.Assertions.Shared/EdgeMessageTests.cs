using System;
using System.IO;
using System.Net.Sockets;
using Xunit;

namespace WinsockErrors.Assertions.Tests;

/// <summary>
/// Messages mutation testing showed unpinned: an undefined expectation, a SocketError value the enum does not name,
/// a null SocketError, a null function, and several thrown exceptions at once.
/// </summary>
public class EdgeMessageTests
{
    [Fact]
    public void An_undefined_expected_code_or_category_is_an_argument_error_that_names_the_value()
    {
        var code = 10054;

        FluentActions.Invoking(() => code.Should().BeWsaError((WsaError)12345))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("expected")
            .WithMessage("12345 is not a defined WsaError value.*");
        FluentActions.Invoking(() => code.Should().BeWsaErrorIn((WsaErrorCategory)99))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("category")
            .WithMessage("99 is not a defined WsaErrorCategory value.*");
    }

    [Theory]
    [InlineData(9999, "(SocketError)9999")]
    [InlineData(12345, "(SocketError)12345")]
    [InlineData(-5, "(SocketError)-5")]
    public void A_SocketError_value_the_enum_does_not_name_is_shown_as_a_cast(int value, string shown)
    {
        var error = (SocketError)value;

        FailureMessage.Of(() => error.Should().BeWsaError(WsaError.WSAECONNRESET))
            .Should().EndWith("but found " + shown + ", which is not a Winsock code.");
    }

    [Fact]
    public void A_null_SocketError_is_shown_as_null()
    {
        SocketError? error = null;

        FailureMessage.Of(() => error.Should().BeWsaError(WsaError.WSAECONNRESET))
            .Should().EndWith("but found <null>.");
    }

    [Fact]
    public void A_null_function_fails_as_null_and_is_not_called()
    {
        Func<int> function = null!;

        FailureMessage.Of(() => function.Should().ThrowWsaError(WsaError.WSAECONNRESET))
            .Should().EndWith("but found <null>.");
    }

    [Fact]
    public void Several_thrown_exceptions_are_each_named_joined_by_and()
    {
        Action both = () => throw new AggregateException(
            new IOException("first", new SocketException((int)SocketError.ConnectionRefused)),
            new IOException("second", new SocketException((int)SocketError.TimedOut)));

        FailureMessage.Of(() => both.Should().Throw<IOException>().HaveWsaError(WsaError.WSAECONNRESET))
            .Should().EndWith("but found System.IO.IOException wrapping WSAECONNREFUSED (10061: Connection refused) "
                + "and System.IO.IOException wrapping WSAETIMEDOUT (10060: Connection timed out).");
    }
}
