using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;

namespace WinsockErrors.Benchmarks;

/// <summary>
/// From a wrapped exception to its Winsock name: <see cref="WsaErrors.Find(Exception)"/> against the loop users write
/// by hand and against <see cref="Exception.GetBaseException"/>. Each invocation reads eight exceptions, the codes of
/// <see cref="Samples.Codes"/> inside an <see cref="HttpRequestException"/> wrapping an <see cref="IOException"/>
/// (what a failed <c>HttpClient</c> read throws); times are per exception.
/// </summary>
[MemoryDiagnoser]
public class WrappedExceptionBenchmarks
{
    private Exception[] _chains = [];
    private Exception[] _aggregates = [];

    /// <summary>Builds the exceptions.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _chains = [.. Samples.Codes().Select(code => new HttpRequestException("request failed", new IOException("read failed", new SocketException(code))))];
        _aggregates = [.. _chains.Select(chain => new AggregateException(new TimeoutException(), chain))];
    }

    /// <summary>
    /// What .NET offers: the innermost exception, then the library's exact lookup. It cannot look into the other branches
    /// of an <see cref="AggregateException"/>.
    /// </summary>
    /// <returns>The total length of the names found.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Samples.Count)]
    public int GetBaseException_then_Find()
    {
        var total = 0;
        foreach (var exception in _chains)
        {
            if (exception.GetBaseException() is SocketException socketException)
            {
                total += WsaErrors.Find(socketException)?.Name.Length ?? 0;
            }
        }

        return total;
    }

    /// <summary>The loop users write: follow <see cref="Exception.InnerException"/> to the first SocketException.</summary>
    /// <returns>The total length of the names found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int InnerException_loop_then_Find()
    {
        var total = 0;
        foreach (var exception in _chains)
        {
            for (var current = exception; current is not null; current = current.InnerException)
            {
                if (current is SocketException socketException)
                {
                    total += WsaErrors.Find(socketException)?.Name.Length ?? 0;
                    break;
                }
            }
        }

        return total;
    }

    /// <summary>The library on the plain chain.</summary>
    /// <returns>The total length of the names found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int WsaErrors_Find()
    {
        var total = 0;
        foreach (var exception in _chains)
        {
            total += WsaErrors.Find(exception)?.Name.Length ?? 0;
        }

        return total;
    }

    /// <summary>
    /// The library on the same chain as the second branch of an <see cref="AggregateException"/> (what <c>Task.WhenAll</c>
    /// throws), where the walk needs its visited set.
    /// </summary>
    /// <returns>The total length of the names found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int WsaErrors_Find_in_an_AggregateException()
    {
        var total = 0;
        foreach (var exception in _aggregates)
        {
            total += WsaErrors.Find(exception)?.Name.Length ?? 0;
        }

        return total;
    }
}
