using System;
using System.Globalization;
using System.Net.Sockets;
using FluentAssertions;
using Xunit;

namespace WinsockErrors.FluentAssertions.Tests;

public class CodeBeWsaErrorTests
{
    [Fact]
    public void Passes_for_the_native_code_of_a_real_refused_connection()
    {
        // 111 on Linux, 61 on macOS, 10061 on Windows.
        var code = Loopback.RefusedConnection().ErrorCode;

        code.Should().BeWsaError(WsaError.WSAECONNREFUSED).Which.Name.Should().Be("WSAECONNREFUSED");
    }

    [Fact]
    public void Passes_for_a_Winsock_code()
    {
        var code = 10061;

        code.Should().BeWsaError(WsaError.WSAECONNREFUSED);
    }

    [Fact]
    public void Fails_for_another_native_code_and_says_what_it_stands_for()
    {
        var code = Loopback.RefusedConnection().ErrorCode;
        var found = code == 10061 ? "" : code.ToString(CultureInfo.InvariantCulture) + ", which stands for ";

        FailureMessage.Of(() => code.Should().BeWsaError(WsaError.WSAETIMEDOUT, "the server is {0}", "slow"))
            .Should().Be("Expected code to be socket error WSAETIMEDOUT (10060: Connection timed out) because the server is slow, "
                + "but found " + found + "WSAECONNREFUSED (10061: Connection refused).");
    }

    [Fact]
    public void Fails_for_an_unknown_number()
    {
        var code = 12345;

        FailureMessage.Of(() => code.Should().BeWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected code to be socket error WSAECONNREFUSED (10061: Connection refused), "
                + "but found 12345, which is not a known socket error code.");
    }

    [Fact]
    public void Fails_for_a_null_number()
    {
        int? code = null;

        FailureMessage.Of(() => code.Should().BeWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected code to be socket error WSAECONNREFUSED (10061: Connection refused), but found <null>.");
    }

    [Fact]
    public void Passes_and_fails_for_a_category()
    {
        var code = 11001;
        code.Should().BeWsaErrorIn(WsaErrorCategory.NameResolution).Which.Error.Should().Be(WsaError.WSAHOST_NOT_FOUND);

        FailureMessage.Of(() => code.Should().BeWsaErrorIn(WsaErrorCategory.Socket))
            .Should().Be("Expected code to be a socket error of category Socket, "
                + "but found WSAHOST_NOT_FOUND (11001: Host not found) of category NameResolution.");
    }

    [Fact]
    public void Passes_for_the_SocketErrorCode_of_a_real_refused_connection()
    {
        var socketError = Loopback.RefusedConnection().SocketErrorCode;

        socketError.Should().BeWsaError(WsaError.WSAECONNREFUSED).And.Be(SocketError.ConnectionRefused);
    }

    [Fact]
    public void Fails_for_another_SocketError()
    {
        var socketError = SocketError.ConnectionRefused;

        FailureMessage.Of(() => socketError.Should().BeWsaError(WsaError.WSAETIMEDOUT))
            .Should().Be("Expected socketError to be socket error WSAETIMEDOUT (10060: Connection timed out), "
                + "but found SocketError.ConnectionRefused, which is WSAECONNREFUSED (10061: Connection refused).");
    }

    [Fact]
    public void Fails_for_a_SocketError_with_no_Winsock_code()
    {
        var socketError = SocketError.SocketError;
        var undefined = (SocketError)12345;

        FailureMessage.Of(() => socketError.Should().BeWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected socketError to be socket error WSAECONNREFUSED (10061: Connection refused), "
                + "but found SocketError.SocketError, which is not a Winsock code.");
        FailureMessage.Of(() => undefined.Should().BeWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected undefined to be socket error WSAECONNREFUSED (10061: Connection refused), "
                + "but found (SocketError)12345, which is not a Winsock code.");
    }

    [Fact]
    public void Fails_for_a_SocketError_of_another_category()
    {
        var socketError = SocketError.TimedOut;

        socketError.Should().BeWsaErrorIn(WsaErrorCategory.Socket);
        FailureMessage.Of(() => socketError.Should().BeWsaErrorIn(WsaErrorCategory.NameResolution))
            .Should().Be("Expected socketError to be a socket error of category NameResolution, "
                + "but found SocketError.TimedOut, which is WSAETIMEDOUT (10060: Connection timed out) of category Socket.");
    }

    [Fact]
    public void Refuses_an_undefined_code()
    {
        Action act = () => 10061.Should().BeWsaError((WsaError)1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("expected");
    }

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
}
