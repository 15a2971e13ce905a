using System.Linq;
using WinsockErrors.Generator.Model;

namespace WinsockErrors.Generator.Emit;

/// <summary>
/// Emits the table of <c>WsaErrorInfo</c> records in code order, each created by its own small method the first time
/// it is asked for, and the code -> index lookup: a dense byte array over the 10000+ range (one load) and a switch
/// for the few small codes; and, for <c>Find(int)</c>, the entries of the dense range already created, by code.
/// </summary>
internal static class ErrorTableEmitter
{
    public const string HintName = "WsaErrors.Table.g.cs";

    private const int DenseFloor = 10000;
    private const int MaxDenseLength = 4096;

    public static string Emit(DataFileModel model)
    {
        var errors = model.Entries.ToArray();
        var w = new CodeWriter().OpenWsaErrors();
        w.Line($"/// <summary>How many entries the table has ({CodeWriter.Int(errors.Length)}), ordered by code.</summary>");
        w.Line($"internal const int EntryCount = {CodeWriter.Int(errors.Length)};");
        w.Line();
        w.Line("/// <summary>The entries, each created the first time it is asked for: the type initialiser stays small and JIT-cheap.</summary>");
        w.Line("private static readonly WsaErrorInfo?[] s_table = new WsaErrorInfo?[EntryCount];");
        w.Line();
        w.Line("/// <summary>The entry at <paramref name=\"index\"/> (0 to <see cref=\"EntryCount\"/> - 1), created on first use.</summary>");
        w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        w.Line("internal static WsaErrorInfo EntryAt(int index) => s_table[index] ?? CreateEntry(index);");
        w.Line();
        w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
        w.Open("private static WsaErrorInfo CreateEntry(int index)");
        w.Open("WsaErrorInfo created = index switch");
        for (var i = 0; i < errors.Length; i++)
        {
            w.Line($"{CodeWriter.Int(i)} => {FactoryName(errors[i])}(),");
        }

        w.Line("_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
        w.Close(";");
        w.Line();
        w.Line("// Two threads may both create an entry; the first one stored is the one everybody gets.");
        w.Line("WsaErrorInfo stored = global::System.Threading.Interlocked.CompareExchange(ref s_table[index], created, null) ?? created;");
        w.Line("RememberByCode(stored);");
        w.Line("return stored;");
        w.Close();
        foreach (var error in errors)
        {
            w.Line();
            EmitFactory(w, error);
        }

        w.Line();
        EmitCodeIndex(w, errors);
        w.Close();
        return w.ToString();
    }

    private static string FactoryName(ErrorModel error) => "Create_" + error.Name;

    private static void EmitFactory(CodeWriter w, ErrorModel error)
    {
        var aliases = error.Aliases.Count == 0
            ? "global::System.Array.Empty<string>()"
            : "new string[] { " + string.Join(", ", error.Aliases.Select(CodeWriter.Literal)) + " }";
        var errno = error.Errno.Count == 0
            ? "global::System.Array.Empty<PosixErrno>()"
            : "new PosixErrno[] { " + string.Join(", ", error.Errno.Select(ErrnoLiteral)) + " }";
        var socketError = error.SocketError is null ? "null" : "global::System.Net.Sockets.SocketError." + error.SocketError;
        w.Line($"private static WsaErrorInfo {FactoryName(error)}() => new WsaErrorInfo(");
        w.Line($"    WsaError.{error.Name},");
        w.Line($"    {CodeWriter.Literal(error.Name)},");
        w.Line($"    {CodeWriter.Literal(error.Title)},");
        w.Line($"    {CodeWriter.Literal(error.Description)},");
        w.Line($"    {CodeWriter.Literal(error.Message)},");
        w.Line($"    WsaErrorCategory.{error.Category},");
        w.Line($"    {aliases},");
        w.Line($"    {errno},");
        w.Line($"    {socketError},");
        w.Line($"    isTransient: {CodeWriter.Bool(error.Transient)},");
        w.Line($"    isTimeout: {CodeWriter.Bool(error.Timeout)},");
        w.Line($"    retryAdvice: WsaRetryAdvice.{error.RetryAdvice},");
        w.Line($"    retryReason: {CodeWriter.Literal(error.RetryReason)},");
        w.Line($"    errorType: {CodeWriter.Literal(error.ErrorType)});");
    }

    private static string ErrnoLiteral(ErrnoModel e) =>
        $"new PosixErrno({CodeWriter.Literal(e.Name)}, {CodeWriter.NullableInt(e.Linux)}, {CodeWriter.NullableInt(e.MacOS)}, " +
        $"{CodeWriter.NullableInt(e.FreeBsd)}, {CodeWriter.NullableInt(e.WindowsCrt)}, isWinsockPair: {CodeWriter.Bool(e.IsWinsockPair)})";

    // Find(int)'s fast path: a code of the dense range whose entry exists is one array load away, with no byte slot
    // and no second array in between. Empty (and never hit) when the data has no dense range.
    private static void EmitCreatedByCode(CodeWriter w, int first, int length)
    {
        w.Line($"/// <summary>The entries of codes {CodeWriter.Int(first)} and up already created, by code - {CodeWriter.Int(first)}; null where none is.</summary>");
        w.Line($"private static readonly WsaErrorInfo?[] s_createdByCode = new WsaErrorInfo?[{CodeWriter.Int(length)}];");
        w.Line();
        w.Line("/// <summary>The entry of <paramref name=\"code\"/> when it is in the dense range and already created, else null.</summary>");
        w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
        w.Open("private static WsaErrorInfo? CreatedEntryOfCode(int code)");
        w.Line($"uint offset = unchecked((uint)(code - {CodeWriter.Int(first)}));");
        w.Line("WsaErrorInfo?[] byCode = s_createdByCode;");
        w.Line("return offset < (uint)byCode.Length ? byCode[offset] : null;");
        w.Close();
        w.Line();
        w.Open("private static void RememberByCode(WsaErrorInfo info)");
        w.Line($"uint offset = unchecked((uint)(info.Code - {CodeWriter.Int(first)}));");
        w.Open("if (offset < (uint)s_createdByCode.Length)");
        w.Line("s_createdByCode[offset] = info;");
        w.Close();
        w.Close();
        w.Line();
    }

    private static void EmitCodeIndex(CodeWriter w, ErrorModel[] errors)
    {
        var dense = errors.Select((e, i) => (e.Code, Index: i)).Where(x => x.Code >= DenseFloor).ToArray();
        var first = dense.Length == 0 ? 0 : dense[0].Code;
        var length = dense.Length == 0 ? 0 : dense[dense.Length - 1].Code - first + 1;
        if (length > MaxDenseLength || errors.Length >= byte.MaxValue)
        {
            dense = System.Array.Empty<(int, int)>();
        }

        var sparse = errors.Select((e, i) => (e.Code, Index: i)).Except(dense).ToArray();
        EmitCreatedByCode(w, dense.Length > 0 ? first : 0, dense.Length > 0 ? length : 0);
        if (dense.Length > 0)
        {
            // Small enough to inline at every call site; the few codes below the dense range take the call.
            w.Line("/// <summary>The index of <paramref name=\"code\"/> in the table, or -1.</summary>");
            w.Line("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]");
            w.Open("private static int IndexOfCode(int code)");
            w.Line($"uint offset = unchecked((uint)(code - {CodeWriter.Int(first)}));");
            w.Line("global::System.ReadOnlySpan<byte> slots = DenseCodeSlots;");
            w.Line("return offset < (uint)slots.Length ? slots[(int)offset] - 1 : IndexOfSparseCode(code);");
            w.Close();
            w.Line();
        }

        w.Line($"/// <summary>The index of <paramref name=\"code\"/> {(dense.Length > 0 ? "outside the dense range " : string.Empty)}in the table, or -1.</summary>");
        w.Open($"private static int {(dense.Length > 0 ? "IndexOfSparseCode" : "IndexOfCode")}(int code) => code switch");
        foreach (var (code, index) in sparse)
        {
            w.Line($"{CodeWriter.Int(code)} => {CodeWriter.Int(index)},");
        }

        w.Line("_ => -1,");
        w.Close(";");
        if (dense.Length == 0)
        {
            return;
        }

        var slots = new int[length];
        foreach (var (code, index) in dense)
        {
            slots[code - first] = index + 1;
        }

        w.Line();
        w.ByteTable("DenseCodeSlots", $"Codes {CodeWriter.Int(first)} and up: table index + 1, 0 where no code is defined.", slots);
    }
}
