using System.Collections.Generic;
using System.Linq;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.Emit;

/// <summary>
/// Emits errno -> table index per platform. Where two errno names share a number (EAGAIN and EWOULDBLOCK on
/// Linux), the errno that winsock2.h pairs with a code wins over one that only .NET maps.
/// </summary>
internal static class ErrnoLookupEmitter
{
    public const string HintName = "WsaErrors.Errno.g.cs";

    private static readonly (string Method, System.Func<ErrnoModel, int?> Number)[] Platforms =
    {
        ("IndexOfLinuxErrno", e => e.Linux),
        ("IndexOfMacOSErrno", e => e.Darwin),
        ("IndexOfFreeBsdErrno", e => e.FreeBsd),
        ("IndexOfWindowsCrtErrno", e => e.WindowsCrt),
    };

    public static string Emit(DataFileModel model)
    {
        var errors = model.Entries.ToArray();
        var w = new CodeWriter().OpenWsaErrors();
        foreach (var (method, number) in Platforms)
        {
            if (method != Platforms[0].Method)
            {
                w.Line();
            }

            var map = new SortedDictionary<int, (int Index, string Comment)>();
            foreach (var primary in new[] { true, false })
            {
                for (var i = 0; i < errors.Length; i++)
                {
                    foreach (var errno in errors[i].Errno.Where(e => e.IsWinsockPair == primary))
                    {
                        var value = number(errno);
                        if (value is not null && !map.ContainsKey(value.Value))
                        {
                            map[value.Value] = (i, $"{errno.Name} -> {errors[i].Name}");
                        }
                    }
                }
            }

            w.Open($"private static int {method}(int errno) => errno switch");
            foreach (var pair in map)
            {
                w.Line($"{CodeWriter.Int(pair.Key)} => {CodeWriter.Int(pair.Value.Index)}, // {pair.Value.Comment}");
            }

            w.Line("_ => -1,");
            w.Close(";");
        }

        w.Close();
        return w.ToString();
    }
}
