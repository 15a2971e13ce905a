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

    public static string Emit(NameHashPlan plan)
    {
        var w = new CodeWriter().OpenWsaErrors();
        w.Line($"private const int MinNameLength = {CodeWriter.Int(plan.MinLength)};");
        w.Line($"private const int MaxNameLength = {CodeWriter.Int(plan.MaxLength)};");
        w.Line();
        // Two string constants rather than arrays of strings: the type initialiser then has nothing to intern.
        w.Line("/// <summary>Every name that finds an entry, ASCII letters in lower case, in hash-table order, each padded to MaxNameLength.</summary>");
        w.Line($"private const string NameKeyText = {CodeWriter.Literal(Padded(plan, NameHashPlan.LowerAscii))};");
        w.Line();
        w.Line("/// <summary>For each name, 0x20 where it has an ASCII letter and 0 elsewhere (see AsciiText.EqualsLowerMasked).</summary>");
        w.Line($"private const string NameCaseMaskText = {CodeWriter.Literal(Padded(plan, NameHashPlan.CaseMask))};");
        w.Line();
        w.ByteTable("NameLengths", "The length of each name.", plan.Keys.Select(k => k.Length).ToArray());
        w.Line();
        w.ByteTable("NameTargets", "For each name, the index of its entry in the table.", plan.Targets.ToArray());
        w.Line();
        w.ByteTable("NameSlots", "The perfect-hash table: name index + 1, or 0 for an empty slot.", plan.Slots);
        w.Line();
        w.Line("/// <summary>The index in the table of the entry that <paramref name=\"name\"/> names, or -1.</summary>");
        w.Open("private static int IndexOfName(global::System.ReadOnlySpan<char> name)");
        w.Line("int n = name.Length;");
        w.Open("if (unchecked((uint)(n - MinNameLength)) > (uint)(MaxNameLength - MinNameLength))");
        w.Line("return -1;");
        w.Close();
        w.Line();
        if (plan.Positions.Count == 0)
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
        w.Open("if (key < 0 || NameLengths[key] != n)");
        w.Line("return -1;");
        w.Close();
        w.Line();
        w.Line("int start = key * MaxNameLength;");
        w.Line("return AsciiText.EqualsLowerMasked(name, global::System.MemoryExtensions.AsSpan(NameKeyText, start, n), global::System.MemoryExtensions.AsSpan(NameCaseMaskText, start, n)) ? NameTargets[key] : -1;");
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>The plan over every name that finds an entry: its name, its aliases and the errno names winsock2.h pairs with it.</summary>
    internal static NameHashPlan? Plan(IReadOnlyList<ErrorModel> entries, out string failure)
    {
        var keys = new List<string>();
        var targets = new List<int>();
        var seen = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var names = new[] { entry.Name }
                .Concat(entry.Aliases)
                .Concat(entry.Errno.Where(e => e.IsWinsockPair).Select(e => e.Name));
            foreach (var name in names)
            {
                if (seen.Add(name))
                {
                    keys.Add(name);
                    targets.Add(i);
                }
            }
        }

        return NameHashPlan.Build(keys, targets, out failure);
    }

    private static string Padded(NameHashPlan plan, System.Func<string, string> form) =>
        string.Concat(plan.Keys.Select(k => form(k).PadRight(plan.MaxLength, '\0')));
}
