using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;

namespace WinsockErrors.Benchmarks;

/// <summary>
/// Experiment for <see cref="ByNameBenchmarks"/>: the <see cref="FrozenDictionary{TKey, TValue}"/> baseline against the
/// library, a copy of its name lookup and variants of the final comparison, with <c>Enum.TryParse&lt;SocketError&gt;</c>
/// for the other target. Times are per lookup.
/// </summary>
[MemoryDiagnoser]
public class ByNameVariantBenchmarks
{
    private string[] _names = [];
    private string[] _socketErrorNames = [];
    private FrozenDictionary<string, WsaErrorInfo> _frozen = FrozenDictionary<string, WsaErrorInfo>.Empty;

    /// <summary>Which kind of text is looked up.</summary>
    [Params(NameCase.Exact, NameCase.OtherCase, NameCase.Alias, NameCase.Miss)]
    public NameCase Case { get; set; }

    /// <summary>Builds the inputs of <see cref="Case"/> and the dictionary.</summary>
    [GlobalSetup]
    public void Setup()
    {
        VariantTables.Verify();
        (_names, _socketErrorNames) = Case switch
        {
            NameCase.Exact => (Samples.MacroNames(), Samples.SocketErrorNames()),
            NameCase.OtherCase => (Lower(Samples.MacroNames()), Lower(Samples.SocketErrorNames())),
            NameCase.Alias => (Samples.AliasNames(), Samples.AliasSocketErrorNames()),
            _ => (Samples.MissNames(), Samples.MissNames()),
        };

        _frozen = WsaErrors.All
            .SelectMany(info => info.Aliases.Prepend(info.Name).Select(name => KeyValuePair.Create(name, info)))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        static string[] Lower(string[] names) => [.. names.Select(name => name.ToLowerInvariant())];
    }

    /// <summary><c>Enum.TryParse&lt;SocketError&gt;(s, ignoreCase: true, out _)</c>, as in <see cref="ByNameBenchmarks"/>, for the other target.</summary>
    /// <returns>The sum of the values found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int SocketError_TryParse()
    {
        var total = 0;
        foreach (var name in _socketErrorNames)
        {
            if (Enum.TryParse<System.Net.Sockets.SocketError>(name, ignoreCase: true, out var value))
            {
                total += (int)value;
            }
        }

        return total;
    }

    /// <summary>The <see cref="FrozenDictionary{TKey, TValue}"/>, the baseline of the target.</summary>
    /// <returns>The sum of the codes found.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Samples.Count)]
    public int FrozenDictionary_IgnoreCase()
    {
        var total = 0;
        foreach (var name in _names)
        {
            if (_frozen.TryGetValue(name, out var info))
            {
                total += info.Code;
            }
        }

        return total;
    }

    /// <summary>The library as it is.</summary>
    /// <returns>The sum of the codes found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Library_Find()
    {
        var total = 0;
        foreach (var name in _names)
        {
            if (WsaErrors.Find(name) is { } info)
            {
                total += info.Code;
            }
        }

        return total;
    }

    /// <summary>A copy of the library's lookup: the same hash, <c>Ascii.EqualsIgnoreCase</c>.</summary>
    /// <returns>The sum of the codes found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Copy_AsciiIgnoreCase()
    {
        var total = 0;
        foreach (var name in _names)
        {
            if (VariantTables.FindNameAsciiIgnoreCase(name) is { } info)
            {
                total += info.Code;
            }
        }

        return total;
    }

    /// <summary>The proposed comparison: ordinal first, then <c>Ascii.EqualsIgnoreCase</c>.</summary>
    /// <returns>The sum of the codes found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Variant_OrdinalFirst()
    {
        var total = 0;
        foreach (var name in _names)
        {
            if (VariantTables.FindNameOrdinalFirst(name) is { } info)
            {
                total += info.Code;
            }
        }

        return total;
    }

    /// <summary>The proposed comparison: lower-case keys and letter masks, <c>(text | mask) == key</c> by vectors.</summary>
    /// <returns>The sum of the codes found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Variant_MaskedCompare()
    {
        var total = 0;
        foreach (var name in _names)
        {
            if (VariantTables.FindNameMasked(name) is { } info)
            {
                total += info.Code;
            }
        }

        return total;
    }

    /// <summary>For comparison: <see cref="StringComparison.OrdinalIgnoreCase"/>, which also folds non-ASCII letters.</summary>
    /// <returns>The sum of the codes found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Variant_OrdinalIgnoreCase()
    {
        var total = 0;
        foreach (var name in _names)
        {
            if (VariantTables.FindNameOrdinalIgnoreCase(name) is { } info)
            {
                total += info.Code;
            }
        }

        return total;
    }
}
