using BenchmarkDotNet.Attributes;

namespace WinsockErrors.Benchmarks;

/// <summary>
/// Experiment for <see cref="DescribeBenchmarks"/>: <see cref="WsaErrors.Describe(int)"/> against
/// <see cref="WsaErrors.FormatMessage(int)"/>, a copy of <c>Describe</c>, and variants that do one code lookup
/// with the fallbacks out of line. Times are per code.
/// </summary>
[MemoryDiagnoser]
public class DescribeVariantBenchmarks
{
    private int[] _codes = [];

    /// <summary>Builds the inputs.</summary>
    [GlobalSetup]
    public void Setup() => _codes = Samples.Codes();

    /// <summary>The library's <c>Describe</c> as it is.</summary>
    /// <returns>The total length of the messages.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Samples.Count)]
    public int Library_Describe()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            total += WsaErrors.Describe(code).Length;
        }

        return total;
    }

    /// <summary>The library's <c>FormatMessage</c>: one code lookup, then a field.</summary>
    /// <returns>The total length of the messages.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Library_FormatMessage()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            total += WsaErrors.FormatMessage(code).Length;
        }

        return total;
    }

    /// <summary>A copy of <c>Describe</c> as written today.</summary>
    /// <returns>The total length of the messages.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Copy_Describe()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            total += VariantTables.DescribeAsToday(code).Length;
        }

        return total;
    }

    /// <summary>Proposed: one lookup into a table of the one-line strings.</summary>
    /// <returns>The total length of the messages.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Variant_OneLookup_StringTable()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            total += VariantTables.DescribeOneLookup(code).Length;
        }

        return total;
    }

    /// <summary>One lookup, then the entry's <c>ToString()</c>.</summary>
    /// <returns>The total length of the messages.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Variant_OneLookup_ToString()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            total += VariantTables.DescribeOneLookupToString(code).Length;
        }

        return total;
    }
}
