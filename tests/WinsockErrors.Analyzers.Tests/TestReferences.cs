using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace WinsockErrors.Analyzers.Tests;

/// <summary>
/// What the test sources compile against, all from this machine: the test host's own framework assemblies (which
/// include System.Net.Sockets, the WinsockErrors library and xunit's Assert), plus small NUnit and MSTest stand-ins
/// that declare only the assertion signatures the rules look at. Nothing is downloaded.
/// </summary>
internal static class TestReferences
{
    /// <summary>No reference-assembly package: the framework comes from <see cref="All"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static ImmutableArray<MetadataReference> All { get; } = Create();

    private const string NUnitSource = """
        namespace NUnit.Framework
        {
            public static class Assert
            {
                public static void AreEqual(object? expected, object? actual) { }
                public static void AreNotEqual(object? expected, object? actual) { }
            }
        }
        namespace NUnit.Framework.Legacy
        {
            public static class ClassicAssert
            {
                public static void AreEqual(object? expected, object? actual) { }
            }
        }
        """;

    private const string MSTestSource = """
        namespace Microsoft.VisualStudio.TestTools.UnitTesting
        {
            public sealed class Assert
            {
                public static void AreEqual<T>(T? expected, T? actual) { }
                public static void AreNotEqual<T>(T? notExpected, T? actual) { }
            }
        }
        """;

    private static ImmutableArray<MetadataReference> Create()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        var builder = ImmutableArray.CreateBuilder<MetadataReference>();
        builder.AddRange(platform);
        builder.Add(StandIn("nunit.framework", NUnitSource, platform));
        builder.Add(StandIn("Microsoft.VisualStudio.TestPlatform.TestFramework", MSTestSource, platform));
        return builder.ToImmutable();
    }

    private static PortableExecutableReference StandIn(string assemblyName, string source, IEnumerable<MetadataReference> references)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
