using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using WinsockErrors.Analyzers.Data;

namespace WinsockErrors.Analyzers;

/// <summary>
/// Reads a number compared with an error code as a Winsock code (<c>10054</c>, <c>995</c>) and as the errno of a
/// socket error on Linux, macOS or FreeBSD (<c>104</c>, <c>54</c>), from the data file's errno mappings.
/// </summary>
internal static class ComparedNumber
{
    public static ComparedConstant Read(IOperation constant, KnownSymbols symbols)
    {
        var value = constant.ConstantValue.Value is int number ? number : -1;
        var winsock = symbols.FindCode(value);
        var errnos = WinsockData.Instance.ErrnoReadings(value);
        if (errnos.Count == 0)
        {
            return new ComparedConstant(constant, winsock, winsock is { Value: not 0 } ? $"{value} ({winsock.WsaErrorName})" : null);
        }

        var meanings = new List<string>();
        if (winsock is not null)
        {
            meanings.Add(winsock.WsaErrorName);
        }

        meanings.AddRange(errnos
            .GroupBy(reading => reading.ErrnoName)
            .Select(group => $"{group.Key} on {string.Join(" and ", group.Select(reading => reading.Os).Distinct())}"));

        var codes = errnos.Select(reading => reading.WinsockCode).Concat(winsock is null ? Enumerable.Empty<int>() : new[] { winsock.Value }).Distinct().ToList();
        var code = codes.Count == 1 ? symbols.FindCode(codes[0]) : null;
        return new ComparedConstant(constant, code, $"{value} ({string.Join(", ", meanings)})");
    }
}
