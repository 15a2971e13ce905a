using System.Collections.Generic;
using System.Linq;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.Emit;

/// <summary>
/// Emits errno -> table index per platform, and the errno-name table. Where two errno values share a number
/// (EAGAIN and EWOULDBLOCK on Linux) or a name, the errno that winsock2.h pairs with a code wins over one that only
/// .NET maps (see <see cref="ErrnoPairing"/>).
/// </summary>
internal static class ErrnoLookupEmitter
{
    public const string HintName = "WsaErrors.Errno.g.cs";

    private static readonly (string Method, System.Func<ErrnoModel, int?> Number)[] Platforms =
    {
        ("IndexOfLinuxErrno", e => e.Linux),
        ("IndexOfMacOSErrno", e => e.MacOS),
        ("IndexOfFreeBsdErrno", e => e.FreeBsd),
        ("IndexOfWindowsCrtErrno", e => e.WindowsCrt),
    };

    public static string Emit(DataFileModel model)
    {
        var errors = model.Entries.ToArray();
        var w = new CodeWriter().OpenWsaErrors();
        foreach (var (method, number) in Platforms)
        {
            var map = new SortedDictionary<int, (int Index, string Comment)>();
            foreach (var (index, errno) in ErrnoPairing.PairsFirst(errors))
            {
                var value = number(errno);
                if (value is not null && !map.ContainsKey(value.Value))
                {
                    map[value.Value] = (index, $"{errno.Name} -> {errors[index].Name}");
                }
            }

            w.Open($"private static int {method}(int errno) => errno switch");
            foreach (var pair in map)
            {
                w.Line($"{CodeWriter.Int(pair.Key)} => {CodeWriter.Int(pair.Value.Index)}, // {pair.Value.Comment}");
            }

            w.Line("_ => -1,");
            w.Close(";");
            w.Line();
        }

        EmitErrnoNames(w, errors);
        w.Close();
        return w.ToString();
    }

    private static void EmitErrnoNames(CodeWriter w, ErrorModel[] errors)
    {
        const string Pair = "global::System.Collections.Generic.KeyValuePair<string, int>";
        var seen = new HashSet<string>();
        w.Line("/// <summary>Every errno name with its table index, the winsock2.h pairs before the names only .NET maps; each name once.</summary>");
        w.Open($"internal static {Pair}[] CreateErrnoNames() => new {Pair}[]");
        foreach (var (index, errno) in ErrnoPairing.PairsFirst(errors))
        {
            if (seen.Add(errno.Name))
            {
                w.Line($"new {Pair}({CodeWriter.Literal(errno.Name)}, {CodeWriter.Int(index)}), // -> {errors[index].Name}");
            }
        }

        w.Close(";");
    }
}
