using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;

namespace WinsockErrors.Benchmarks;

/// <summary>
/// From a name to its entry, ignoring case: <see cref="WsaErrors.Find(string)"/> against
/// <c>Enum.TryParse&lt;SocketError&gt;(s, ignoreCase: true, out _)</c>, <c>Enum.TryParse&lt;WsaError&gt;</c> and a
/// <see cref="FrozenDictionary{TKey, TValue}"/> of every name and alias with <see cref="StringComparer.OrdinalIgnoreCase"/>.
/// Each invocation looks up eight names of one <see cref="NameCase"/>; times are per lookup.
/// </summary>
/// <remarks>
/// <see cref="SocketError"/> spells the codes its own way (ConnectionReset) and knows no aliases, so it parses its own
/// member names for the same codes: exact case for <see cref="NameCase.Exact"/> and <see cref="NameCase.Alias"/>,
/// lower case for <see cref="NameCase.OtherCase"/>, the shared misses for <see cref="NameCase.Miss"/>. In the alias
/// case it therefore does an easier job than the others: it cannot resolve ECONNRESET at all.
/// </remarks>
[MemoryDiagnoser]
public class ByNameBenchmarks
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

    /// <summary>What .NET offers: <c>Enum.TryParse&lt;SocketError&gt;(s, ignoreCase: true, out _)</c>.</summary>
    /// <returns>The sum of the values found.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Samples.Count)]
    public int SocketError_TryParse()
    {
        var total = 0;
        foreach (var name in _socketErrorNames)
        {
            if (Enum.TryParse<SocketError>(name, ignoreCase: true, out var value))
            {
                total += (int)value;
            }
        }

        return total;
    }

    /// <summary><c>Enum.TryParse&lt;WsaError&gt;(s, ignoreCase: true, out _)</c>: the macro names, but no aliases.</summary>
    /// <returns>The sum of the values found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int WsaError_TryParse()
    {
        var total = 0;
        foreach (var name in _names)
        {
            if (Enum.TryParse<WsaError>(name, ignoreCase: true, out var value))
            {
                total += (int)value;
            }
        }

        return total;
    }

    /// <summary>A <see cref="FrozenDictionary{TKey, TValue}"/> of every name and alias, <see cref="StringComparer.OrdinalIgnoreCase"/>.</summary>
    /// <returns>The sum of the values found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
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

    /// <summary>The library: <see cref="WsaErrors.Find(string)"/>.</summary>
    /// <returns>The sum of the values found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int WsaErrors_Find()
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
}
