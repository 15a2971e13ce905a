using System.Linq;
using BenchmarkDotNet.Attributes;

namespace WinsockErrors.Benchmarks;

/// <summary>
/// Experiment for <see cref="ToNameBenchmarks"/>: the generated <c>ToName</c> does two code lookups
/// (<c>IsDefined</c>, then <c>Get</c>); a copy of it against a variant that does one. Times are per value.
/// </summary>
[MemoryDiagnoser]
public class ToNameVariantBenchmarks
{
    private WsaError[] _values = [];

    /// <summary>Builds the inputs.</summary>
    [GlobalSetup]
    public void Setup() => _values = [.. Samples.Codes().Select(code => (WsaError)code)];

    /// <summary><c>Enum.ToString()</c>, the baseline of the target.</summary>
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

    /// <summary>The library as it is.</summary>
    /// <returns>The total length of the names.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Library_ToName()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += value.ToName().Length;
        }

        return total;
    }

    /// <summary>A copy of the library's code: two lookups.</summary>
    /// <returns>The total length of the names.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Copy_TwoLookups()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += VariantTables.ToNameTwoLookups(value).Length;
        }

        return total;
    }

    /// <summary>The proposed code: one lookup into a table of names.</summary>
    /// <returns>The total length of the names.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Variant_OneLookup()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += VariantTables.ToNameOneLookup(value).Length;
        }

        return total;
    }

    /// <summary>The proposed code with the dense path of the code lookup inlined.</summary>
    /// <returns>The total length of the names.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Variant_OneLookup_Inlined()
    {
        var total = 0;
        foreach (var value in _values)
        {
            total += VariantTables.ToNameOneLookupInlined(value).Length;
        }

        return total;
    }
}
