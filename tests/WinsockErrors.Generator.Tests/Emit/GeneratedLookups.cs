using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WinsockErrors.Generator.Tests;

/// <summary>
/// Compiles what the generator emits for a data file, beside minimal stand-ins for the library's hand-written types,
/// and calls the generated lookups: the emitters are judged by what their code does, not only by how it reads.
/// </summary>
internal sealed class GeneratedLookups
{
    private const string StandIns = """
        namespace WinsockErrors;

        public sealed class PosixErrno
        {
            public PosixErrno(string name, int? linux, int? macOS, int? freeBsd, int? windowsCrt, bool isWinsockPair) => Name = name;

            public string Name { get; }
        }

        public enum WsaRetryAdvice { Never, Safe, IfIdempotent, AfterDelay }

        internal sealed class LocalizedMessage
        {
            public LocalizedMessage(int code, string language, string text, bool partial, string kind) { }
        }

        public sealed class WsaErrorInfo
        {
            public WsaErrorInfo(
                WsaError error, string name, string title, string description, string message, WsaErrorCategory category, string[] aliases,
                PosixErrno[] errno, System.Net.Sockets.SocketError? socketError, bool isTransient, bool isTimeout,
                WsaRetryAdvice retryAdvice, string retryReason, string errorType)
            {
                Code = (int)error;
                Name = name;
                Title = title;
                Description = description;
            }

            public int Code { get; }

            public string Name { get; }

            public string Title { get; }

            public string Description { get; }
        }

        internal static class AsciiText
        {
            public static bool EqualsLowerMasked(System.ReadOnlySpan<char> text, System.ReadOnlySpan<char> lowerKey, System.ReadOnlySpan<char> caseMask)
            {
                if (text.Length != lowerKey.Length)
                {
                    return false;
                }

                for (int i = 0; i < text.Length; i++)
                {
                    if ((char)(text[i] | caseMask[i]) != lowerKey[i])
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        public static partial class WsaErrors
        {
            public static int ByName(string name) => IndexOfName(name);
            public static int ByCode(int code) => IndexOfCode(code);
            public static WsaErrorInfo? CreatedByCode(int code) => CreatedEntryOfCode(code);
            public static int ByLinuxErrno(int errno) => IndexOfLinuxErrno(errno);
            public static int ByMacOSErrno(int errno) => IndexOfMacOSErrno(errno);
            public static int ByFreeBsdErrno(int errno) => IndexOfFreeBsdErrno(errno);
            public static int ByWindowsCrtErrno(int errno) => IndexOfWindowsCrtErrno(errno);
            public static WsaErrorInfo At(int index) => EntryAt(index);
            public static string ErrnoNames(int unused) => string.Join(" ", System.Linq.Enumerable.Select(CreateErrnoNames(), p => p.Key + "=" + p.Value));
        }
        """;

    private readonly Type _lookups;

    private GeneratedLookups(GeneratorRunResult result, Type lookups)
    {
        Result = result;
        _lookups = lookups;
    }

    public GeneratorRunResult Result { get; }

    public static GeneratedLookups Compile(string json)
    {
        var result = GeneratorHarness.Run(json);
        result.Diagnostics.Should().BeEmpty();
        var trees = result.GeneratedSources.Select(s => CSharpSyntaxTree.ParseText(s.SourceText, path: s.HintName))
            .Append(CSharpSyntaxTree.ParseText(StandIns));
        var compilation = CSharpCompilation.Create(
            "Generated" + Guid.NewGuid().ToString("N"),
            trees,
            GeneratorHarness.FrameworkReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Should().BeEmpty();
        image.Position = 0;
        var assembly = new AssemblyLoadContext(null, isCollectible: true).LoadFromStream(image);
        return new GeneratedLookups(result, assembly.GetType("WinsockErrors.WsaErrors")!);
    }

    public int ByName(string name) => Call<int>(nameof(ByName), name);

    public int ByCode(int code) => Call<int>(nameof(ByCode), code);

    public int ByLinuxErrno(int errno) => Call<int>(nameof(ByLinuxErrno), errno);

    public int ByMacOSErrno(int errno) => Call<int>(nameof(ByMacOSErrno), errno);

    public int ByFreeBsdErrno(int errno) => Call<int>(nameof(ByFreeBsdErrno), errno);

    public int ByWindowsCrtErrno(int errno) => Call<int>(nameof(ByWindowsCrtErrno), errno);

    /// <summary>The name of the entry <c>Find(int)</c>'s fast path holds for <paramref name="code"/>, or null.</summary>
    public string? CreatedNameByCode(int code) => Call<object?>("CreatedByCode", code) is { } entry ? Property(entry, "Name") : null;

    public string DescriptionAt(int index) => Property(Call<object>("At", index), "Description");

    public string NameAt(int index) => Property(Call<object>("At", index), "Name");

    public string TitleAt(int index) => Property(Call<object>("At", index), "Title");

    /// <summary>The errno-name table in order, as <c>NAME=index</c> words.</summary>
    public string ErrnoNames() => Call<string>(nameof(ErrnoNames), 0);

    private static string Property(object entry, string name) => (string)entry.GetType().GetProperty(name)!.GetValue(entry)!;

    private T Call<T>(string method, object argument) =>
        (T)_lookups.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [argument])!;
}
