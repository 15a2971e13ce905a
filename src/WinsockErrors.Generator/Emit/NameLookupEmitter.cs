using System.Collections.Generic;
using System.Linq;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.Emit;

/// <summary>
/// Emits the name -> index lookup over canonical names, aliases and the POSIX errno names that winsock2.h pairs with
/// a code, as a perfect hash (see <see cref="NameHashPlan"/>).
/// </summary>
internal static class NameLookupEmitter
{
    public const string HintName = "WsaErrors.Names.g.cs";

    public static string Emit(DataFileModel model)
    {
        var plan = Plan(model);
        var w = new CodeWriter().OpenWsaErrors();
        w.Line($"private const int MinNameLength = {CodeWriter.Int(plan.MinLength)};");
        w.Line($"private const int MaxNameLength = {CodeWriter.Int(plan.MaxLength)};");
        w.Line();
        w.Line("/// <summary>Every name that finds an entry, ASCII letters in lower case, in hash-table order.</summary>");
        w.Open("private static readonly string[] s_nameKeys = new string[]");
        foreach (var key in plan.Keys)
        {
            w.Line(CodeWriter.Literal(NameHashPlan.LowerAscii(key)) + ",");
        }

        w.Close(";");
        w.Line();
        w.Line("/// <summary>For each name, 0x20 where it has an ASCII letter and 0 elsewhere (see AsciiText.EqualsLowerMasked).</summary>");
        w.Open("private static readonly string[] s_nameCaseMasks = new string[]");
        foreach (var key in plan.Keys)
        {
            w.Line(CodeWriter.Literal(NameHashPlan.CaseMask(key)) + ",");
        }

        w.Close(";");
        w.Line();
        EmitByteTable(w, "NameTargets", "For each name, the index of its entry in the table.", plan.Targets.ToArray());
        w.Line();
        EmitByteTable(w, "NameSlots", "The perfect-hash table: name index + 1, or 0 for an empty slot.", plan.Slots);
        w.Line();
        w.Line("/// <summary>The index in the table of the entry that <paramref name=\"name\"/> names, or -1.</summary>");
        w.Open("private static int IndexOfName(global::System.ReadOnlySpan<char> name)");
        w.Line("int n = name.Length;");
        w.Open("if (unchecked((uint)(n - MinNameLength)) > (uint)(MaxNameLength - MinNameLength))");
        w.Line("return -1;");
        w.Close();
        w.Line();
        if (plan.Positions.Length == 0)
        {
            w.Line("ulong signature = 14695981039346656037UL;");
            w.Open("foreach (char c in name)");
            w.Line("signature = unchecked((signature ^ ((uint)(c | 0x20) & 0x7F)) * 1099511628211UL);");
            w.Close();
        }
        else
        {
            w.Line("ulong signature = (ulong)n;");
            foreach (var position in plan.Positions)
            {
                var index = position >= 0 ? CodeWriter.Int(position) : "n - " + CodeWriter.Int(-position);
                w.Line($"signature = (signature << 7) | ((uint)(name[{index}] | 0x20) & 0x7F);");
            }
        }

        w.Line();
        w.Line($"int key = NameSlots[(int)(unchecked(signature * {plan.Multiplier}UL) >> {CodeWriter.Int(64 - plan.Bits)})] - 1;");
        w.Line("return key >= 0 && AsciiText.EqualsLowerMasked(name, s_nameKeys[key], s_nameCaseMasks[key]) ? NameTargets[key] : -1;");
        w.Close();
        w.Close();
        return w.ToString();
    }

    internal static NameHashPlan Plan(DataFileModel model)
    {
        var keys = new List<string>();
        var targets = new List<int>();
        var seen = new HashSet<string>();
        var errors = model.Errors.ToArray();
        for (var i = 0; i < errors.Length; i++)
        {
            var error = errors[i];
            var names = new[] { error.Name }
                .Concat(error.Aliases)
                .Concat(error.Errno.Where(e => e.Source is null).Select(e => e.Name));
            foreach (var name in names)
            {
                if (seen.Add(name.ToUpperInvariant()))
                {
                    keys.Add(name);
                    targets.Add(i);
                }
            }
        }

        return NameHashPlan.Build(keys, targets);
    }

    private static void EmitByteTable(CodeWriter w, string name, string summary, int[] values)
    {
        var type = values.Max() <= byte.MaxValue ? "byte" : "ushort";
        w.Line($"/// <summary>{summary}</summary>");
        w.Line($"private static global::System.ReadOnlySpan<{type}> {name} => new {type}[]");
        w.Line("{");
        foreach (var row in ErrorTableEmitter.ByteRows(values))
        {
            w.Line("    " + row);
        }

        w.Line("};");
    }
}
