using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Reflection;

namespace WinsockErrors.Tests;

/// <summary>Find, Describe and ToWsaError on exceptions that wrap a SocketException, built by hand.</summary>
public class WrappedExceptionTests
{
    private static readonly SocketException s_refused = new((int)SocketError.ConnectionRefused);
    private static readonly SocketException s_reset = new((int)SocketError.ConnectionReset);

    public static TheoryData<Exception> Wrappers => new()
    {
        s_refused,
        new IOException("Unable to read data from the transport connection.", s_refused),
        new HttpRequestException("Connection refused (127.0.0.1:1)", s_refused),
        new WebException("Unable to connect to the remote server", s_refused),
        new HttpRequestException("outer", new IOException("inner", s_refused)),
        new AggregateException(s_refused),
        new AggregateException(new InvalidOperationException("first branch"), new IOException("second branch", s_refused)),
        new TargetInvocationException(new AggregateException(new AggregateException(s_refused))),
    };

    [Theory]
    [MemberData(nameof(Wrappers))]
    public void The_socket_error_is_found_wherever_it_is_wrapped(Exception exception)
    {
        WsaErrors.Find(exception)!.Error.Should().Be(WsaError.WSAECONNREFUSED);
        WsaErrors.TryFind(exception, out var info).Should().BeTrue();
        info!.Error.Should().Be(WsaError.WSAECONNREFUSED);
        exception.ToWsaError().Should().Be(WsaError.WSAECONNREFUSED);
        WsaErrors.Describe(exception).Should().Be("WSAECONNREFUSED (10061): Connection refused.");
        WsaErrors.FindSocketException(exception).Should().BeSameAs(s_refused);
    }

    [Fact]
    public void Without_a_socket_error_Find_gives_null_and_Describe_names_the_type()
    {
        var timeout = new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException());

        WsaErrors.Find(timeout).Should().BeNull();
        WsaErrors.TryFind(timeout, out var info).Should().BeFalse();
        info.Should().BeNull();
        timeout.ToWsaError().Should().BeNull();
        WsaErrors.Describe(timeout).Should().Be("System.Threading.Tasks.TaskCanceledException carries no socket error.");
        WsaErrors.FindSocketExceptions(timeout).Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_code_inside_is_described_as_Describe_SocketException_does()
    {
        var unknown = new SocketException(12345);
        var wrapped = new IOException("read failed", unknown);

        WsaErrors.Find(wrapped).Should().BeNull();
        WsaErrors.Describe(wrapped).Should().Be(WsaErrors.Describe(unknown)).And.StartWith("Unknown Winsock error ");
    }

    [Fact]
    public void The_first_socket_error_wins_and_every_one_is_listed_in_order()
    {
        var both = new AggregateException(new IOException("a", s_reset), new HttpRequestException("b", s_refused));

        WsaErrors.Find(both)!.Error.Should().Be(WsaError.WSAECONNRESET);
        WsaErrors.FindSocketExceptions(both).Should().Equal(s_reset, s_refused);
    }

    [Fact]
    public void An_exception_listed_twice_is_listed_once()
    {
        var twice = new AggregateException(s_refused, new IOException("x", s_refused), s_refused);

        WsaErrors.FindSocketExceptions(twice).Should().ContainSingle().Which.Should().BeSameAs(s_refused);
    }

    [Fact]
    public void An_aggregate_that_contains_itself_is_walked_once()
    {
        var branch = new IOException("points back");
        var aggregate = new AggregateException(branch, new HttpRequestException("second", s_reset));
        SetInnerException(branch, aggregate);

        WsaErrors.Find(aggregate)!.Error.Should().Be(WsaError.WSAECONNRESET);
        WsaErrors.FindSocketExceptions(aggregate).Should().Equal(s_reset);
        WsaErrors.Describe(branch).Should().Be("WSAECONNRESET (10054): Connection reset by peer.");
    }

    [Fact]
    public void A_chain_of_inner_exceptions_that_loops_ends()
    {
        var first = new IOException("first");
        var second = new IOException("second", first);
        SetInnerException(first, second);

        WsaErrors.Find(first).Should().BeNull();
        WsaErrors.FindSocketExceptions(second).Should().BeEmpty();
        WsaErrors.Describe(first).Should().Be("System.IO.IOException carries no socket error.");
    }

    [Fact]
    public void A_graph_that_doubles_at_every_level_is_walked_once_per_exception()
    {
        // 2^200 paths, 201 exceptions: without the visited set this would never end.
        Exception level = new IOException("bottom");
        for (var i = 0; i < 200; i++)
        {
            level = new AggregateException(level, level);
        }

        WsaErrors.Find(level).Should().BeNull();
        WsaErrors.FindSocketExceptions(new AggregateException(level, s_reset)).Should().Equal(s_reset);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Ten_thousand_levels_return_and_only_the_first_MaxExceptionDepth_are_searched(bool aggregates)
    {
        WsaErrors.Find(Nested(10_000, aggregates)).Should().BeNull();
        WsaErrors.FindSocketExceptions(Nested(10_000, aggregates)).Should().BeEmpty();
        WsaErrors.Find(Nested(WsaErrors.MaxExceptionDepth, aggregates))!.Error.Should().Be(WsaError.WSAECONNREFUSED);
        WsaErrors.Find(Nested(WsaErrors.MaxExceptionDepth + 1, aggregates)).Should().BeNull();
    }

    [Fact]
    public void Null_is_an_argument_error()
    {
        FluentActions.Invoking(() => WsaErrors.Find((Exception)null!)).Should().Throw<ArgumentNullException>().WithParameterName("exception");
        FluentActions.Invoking(() => WsaErrors.Describe((Exception)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => WsaErrors.FindSocketExceptions(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ((Exception)null!).ToWsaError()).Should().Throw<ArgumentNullException>();
    }

#if !LIBRARY_NETSTANDARD
    [Fact]
    public void A_SocketException_that_wraps_itself_is_listed_once()
    {
        var looping = new SocketException((int)SocketError.ConnectionAborted);
        SetInnerException(looping, looping);

        WsaErrors.FindSocketExceptions(new IOException("outer", looping)).Should().ContainSingle().Which.Should().BeSameAs(looping);
    }
#endif

    /// <summary>The SocketException <paramref name="depth"/> levels below the exception returned (0: itself).</summary>
    private static Exception Nested(int depth, bool aggregates)
    {
        Exception current = s_refused;
        for (var i = 0; i < depth; i++)
        {
            current = aggregates ? new AggregateException(current) : new IOException("level", current);
        }

        return current;
    }

    /// <summary>Only reflection can make a cycle: the runtime sets an inner exception once, in the constructor.</summary>
    private static void SetInnerException(Exception exception, Exception inner) =>
        typeof(Exception).GetField("_innerException", BindingFlags.Instance | BindingFlags.NonPublic)!.SetValue(exception, inner);
}
