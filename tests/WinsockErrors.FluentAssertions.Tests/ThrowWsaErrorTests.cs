using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using FluentAssertions;
using FluentAssertions.Execution;
using Xunit;

namespace WinsockErrors.FluentAssertions.Tests;

public class ThrowWsaErrorTests
{
    private static readonly Action s_connectToClosedPort = () =>
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        socket.Connect(IPAddress.Loopback, Loopback.ClosedPort());
    };

    [Fact]
    public void Passes_for_a_refused_Socket_Connect_and_gives_the_exception()
    {
        var act = s_connectToClosedPort;

        act.Should().ThrowWsaError(WsaError.WSAECONNREFUSED)
            .Which.SocketErrorCode.Should().Be(SocketError.ConnectionRefused);
    }

    [Fact]
    public void Passes_for_a_function()
    {
        Func<TcpClient> connect = () => new TcpClient("127.0.0.1", Loopback.ClosedPort());

        connect.Should().ThrowWsaError(WsaError.WSAECONNREFUSED).And.Message.Should().NotBeEmpty();
    }

    [Fact]
    public void Passes_when_the_socket_exception_is_wrapped_in_any_branch()
    {
        Action act = () => throw new AggregateException(
            new InvalidOperationException("first"),
            new IOException("second", new SocketException((int)SocketError.ConnectionReset)));

        act.Should().ThrowWsaError(WsaError.WSAECONNRESET).Which.SocketErrorCode.Should().Be(SocketError.ConnectionReset);
    }

    [Fact]
    public void Fails_for_another_error_with_the_reason()
    {
        var act = s_connectToClosedPort;

        FailureMessage.Of(() => act.Should().ThrowWsaError(WsaError.WSAETIMEDOUT, "the server is {0}", "slow"))
            .Should().Be("Expected act to throw socket error WSAETIMEDOUT (10060: Connection timed out) because the server is slow, "
                + "but it threw WSAECONNREFUSED (10061: Connection refused).");
    }

    [Fact]
    public void Fails_for_a_function_that_returns()
    {
        Func<int> count = () => 42;

        FailureMessage.Of(() => count.Should().ThrowWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected count to throw socket error WSAECONNREFUSED (10061: Connection refused), but no exception was thrown.");
    }

    [Fact]
    public void Fails_when_nothing_is_thrown()
    {
        Action act = () => { };

        FailureMessage.Of(() => act.Should().ThrowWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected act to throw socket error WSAECONNREFUSED (10061: Connection refused), but no exception was thrown.");
    }

    [Fact]
    public void Fails_for_an_exception_without_a_socket_exception_and_shows_its_type_and_message()
    {
        Action act = () => throw new InvalidOperationException("Port {0} is {closed}", new ArgumentException("inner"));

        FailureMessage.Of(() => act.Should().ThrowWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected act to throw socket error WSAECONNREFUSED (10061: Connection refused), "
                + "but it threw System.InvalidOperationException with message \"Port {0} is {closed}\", "
                + "which is not and does not wrap a SocketException.");
    }

    [Fact]
    public void Fails_for_a_wrapped_error_and_names_the_wrapper()
    {
        Action act = () => throw new IOException("Unable to read", new SocketException((int)SocketError.TimedOut));

        FailureMessage.Of(() => act.Should().ThrowWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected act to throw socket error WSAECONNREFUSED (10061: Connection refused), "
                + "but it threw System.IO.IOException wrapping WSAETIMEDOUT (10060: Connection timed out).");
    }

    [Fact]
    public void Fails_for_a_socket_exception_with_an_unknown_code()
    {
        Action act = () => throw new SocketException(12345);

        FailureMessage.Of(() => act.Should().ThrowWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected act to throw socket error WSAECONNREFUSED (10061: Connection refused), "
                + "but it threw a SocketException with unknown error code 12345.");
    }

    [Fact]
    public void Fails_for_a_null_action()
    {
        Action act = null!;

        FailureMessage.Of(() => act.Should().ThrowWsaError(WsaError.WSAECONNREFUSED))
            .Should().Be("Expected act to throw socket error WSAECONNREFUSED (10061: Connection refused), but found <null>.");
    }

    [Fact]
    public void Uses_the_context_of_the_assertion_scope()
    {
        Action act = () => { };

        FailureMessage.Of(() =>
            {
                using var scope = new AssertionScope("the reconnect");
                act.Should().ThrowWsaError(WsaError.WSAECONNREFUSED);
            })
            .TrimEnd() // a scope ends each collected failure with a line break
            .Should().Be("Expected the reconnect to throw socket error WSAECONNREFUSED (10061: Connection refused), but no exception was thrown.");
    }

    [Fact]
    public void Collects_failures_in_an_assertion_scope()
    {
        Action act = () => { };
        using var scope = new AssertionScope();

        act.Should().ThrowWsaError(WsaError.WSAECONNREFUSED);
        act.Should().ThrowWsaError(WsaError.WSAECONNRESET);

        scope.Discard().Should().HaveCount(2);
    }

    [Fact]
    public void Refuses_an_async_void_lambda()
    {
        Action act = async () => await Task.Yield();

        act.Invoking(a => a.Should().ThrowWsaError(WsaError.WSAECONNREFUSED))
            .Should().Throw<InvalidOperationException>().WithMessage("*Func<Task>*ThrowWsaErrorAsync*");
    }

    [Fact]
    public void Refuses_an_undefined_code()
    {
        Action act = () => { };

        act.Invoking(a => a.Should().ThrowWsaError((WsaError)12345))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("expected");
    }

    [Fact]
    public void A_null_function_fails_as_null_and_is_not_called()
    {
        Func<int> function = null!;

        FailureMessage.Of(() => function.Should().ThrowWsaError(WsaError.WSAECONNRESET))
            .Should().EndWith("but found <null>.");
    }
}
