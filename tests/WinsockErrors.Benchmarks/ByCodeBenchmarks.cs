using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;

namespace WinsockErrors.Benchmarks;

/// <summary>
/// From a code to its name: <see cref="WsaErrors.Find(int)"/> against <c>Enum.IsDefined</c> + <c>Enum.GetName</c> on
/// <see cref="SocketError"/> and against dictionaries of the library's own entries. Each invocation looks up the eight
/// codes of <see cref="Samples.Codes"/>; times are per lookup.
/// </summary>
[MemoryDiagnoser]
public class ByCodeBenchmarks
{
    private int[] _codes = [];
    private Dictionary<int, WsaErrorInfo> _dictionary = [];
    private FrozenDictionary<int, WsaErrorInfo> _frozen = FrozenDictionary<int, WsaErrorInfo>.Empty;

    /// <summary>Builds the inputs and the dictionaries.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _codes = Samples.Codes();
        _dictionary = WsaErrors.All.ToDictionary(info => info.Code);
        _frozen = _dictionary.ToFrozenDictionary();
    }

    /// <summary>What .NET offers: is the value a <see cref="SocketError"/> member, and its name.</summary>
    /// <returns>The total length of the names found.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = Samples.Count)]
    public int SocketError_IsDefined_GetName()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            var value = (SocketError)code;
            if (Enum.IsDefined(value))
            {
                total += Enum.GetName(value)!.Length;
            }
        }

        return total;
    }

    /// <summary><see cref="Dictionary{TKey, TValue}"/> from code to entry.</summary>
    /// <returns>The total length of the names found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int Dictionary_TryGetValue()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            if (_dictionary.TryGetValue(code, out var info))
            {
                total += info.Name.Length;
            }
        }

        return total;
    }

    /// <summary><see cref="FrozenDictionary{TKey, TValue}"/> from code to entry.</summary>
    /// <returns>The total length of the names found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int FrozenDictionary_TryGetValue()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            if (_frozen.TryGetValue(code, out var info))
            {
                total += info.Name.Length;
            }
        }

        return total;
    }

    /// <summary>The library: <see cref="WsaErrors.Find(int)"/>.</summary>
    /// <returns>The total length of the names found.</returns>
    [Benchmark(OperationsPerInvoke = Samples.Count)]
    public int WsaErrors_Find()
    {
        var total = 0;
        foreach (var code in _codes)
        {
            if (WsaErrors.Find(code) is { } info)
            {
                total += info.Name.Length;
            }
        }

        return total;
    }
}
