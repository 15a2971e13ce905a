using System.Linq;
using BenchmarkDotNet.Attributes;

namespace WinsockErrors.Benchmarks;

/// <summary>
/// The name of a <see cref="WsaError"/> value: <see cref="WsaErrorExtensions.ToName(WsaError)"/> against
/// <c>Enum.ToString()</c>. Each invocation names the eight codes of <see cref="Samples.Codes"/>; times are per value.
/// </summary>
[MemoryDiagnoser]
public class ToNameBenchmarks
{
    private WsaError[] _values = [];

    /// <summary>Builds the inputs.</summary>
    [GlobalSetup]
    public void Setup() => _values = [.. Samples.Codes().Select(code => (WsaError)code)];

    /// <summary>What .NET offers: <c>Enum.ToString()</c>.</summary>
    /// <returns>The total length of the names.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Samples.Count)]
    public int Enum_ToString()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += value.ToString().Length;
        }

        return total;
    }

    /// <summary>The library: <see cref="WsaErrorExtensions.ToName(WsaError)"/>.</summary>
    /// <returns>The total length of the names.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int WsaError_ToName()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += value.ToName().Length;
        }

        return total;
    }
}
