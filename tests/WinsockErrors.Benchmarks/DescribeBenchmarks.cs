using System.ComponentModel;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;

namespace WinsockErrors.Benchmarks;

/// <summary>
/// A message for a code: <see cref="WsaErrors.Describe(int)"/> and <see cref="WsaErrors.FormatMessage(int)"/> against
/// the messages of <see cref="SocketException"/> and <see cref="Win32Exception"/>, which ask the OS. Each invocation
/// explains the eight codes of <see cref="Samples.Codes"/>; times are per code.
/// </summary>
/// <remarks>
/// On Linux the exceptions give strerror text (for Win32Exception with a Winsock code, "Unknown error 10054"), so the
/// texts differ; the comparison is of cost, the price of asking an exception for a message.
/// </remarks>
[MemoryDiagnoser]
public class DescribeBenchmarks
{
    private int[] _codes = [];

    /// <summary>Builds the inputs.</summary>
    [GlobalSetup]
    public void Setup() => _codes = Samples.Codes();

    /// <summary>What .NET offers: <c>new SocketException(code).Message</c>.</summary>
    /// <returns>The total length of the messages.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Samples.Count)]
    public int SocketException_Message()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            total += new SocketException(code).Message.Length;
        }

        return total;
    }

    /// <summary><c>new Win32Exception(code).Message</c>.</summary>
    /// <returns>The total length of the messages.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Win32Exception_Message()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            total += new Win32Exception(code).Message.Length;
        }

        return total;
    }

    /// <summary>The library: <see cref="WsaErrors.Describe(int)"/>, the one-line form.</summary>
    /// <returns>The total length of the messages.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int WsaErrors_Describe()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            total += WsaErrors.Describe(code).Length;
        }

        return total;
    }

    /// <summary>The library: <see cref="WsaErrors.FormatMessage(int)"/>, Windows' system message.</summary>
    /// <returns>The total length of the messages.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int WsaErrors_FormatMessage()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            total += WsaErrors.FormatMessage(code).Length;
        }

        return total;
    }
}
