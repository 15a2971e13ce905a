using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace WinsockErrors.Analyzers.Tests;

/// <summary>
/// Runs an analyzer and its fix over a source with the diagnostics marked (<c>{|WSK001:e.ErrorCode|}</c>) and checks
/// the fixed source, one fix at a time and by Fix All in document, project and solution scope. The fixed source must
/// compile without a warning.
/// </summary>
internal static class Verifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    /// <summary>Checks that <paramref name="source"/> has exactly its marked diagnostics and that fixing gives <paramref name="fixedSource"/>.</summary>
    public static Task VerifyFixAsync(string source, string fixedSource) =>
        Create(new[] { source }, new[] { fixedSource }).RunAsync();

    /// <summary>The same where some diagnostics have no fix: those stay marked in <paramref name="fixedSource"/>.</summary>
    public static Task VerifyPartialFixAsync(string source, string fixedSource)
    {
        var test = Create(new[] { source }, new[] { fixedSource });
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        return test.RunAsync();
    }

    /// <summary>The same over several files, so Fix All crosses documents.</summary>
    public static Task VerifyFixAsync(string[] sources, string[] fixedSources) =>
        Create(sources, fixedSources).RunAsync();

    /// <summary>The same over two projects, so Fix All in solution scope crosses projects.</summary>
    public static Task VerifyFixAcrossProjectsAsync(string source, string otherProjectSource, string fixedSource, string otherProjectFixedSource)
    {
        var test = Create(new[] { source }, new[] { fixedSource });
        test.TestState.AdditionalProjects["Other"].Sources.Add(("Other.cs", otherProjectSource));
        test.TestState.AdditionalProjects["Other"].AdditionalReferences.AddRange(TestReferences.All);
        test.FixedState.AdditionalProjects["Other"].Sources.Add(("Other.cs", otherProjectFixedSource));
        test.FixedState.AdditionalProjects["Other"].AdditionalReferences.AddRange(TestReferences.All);
        return test.RunAsync();
    }

    /// <summary>Checks that <paramref name="source"/> has exactly its marked diagnostics and that none of them has a fix.</summary>
    public static Task VerifyNoFixAsync(string source) => Create(new[] { source }, new[] { source }).RunAsync();

    /// <summary>Checks that <paramref name="source"/> has exactly its marked diagnostics (none when unmarked).</summary>
    public static Task VerifyAnalyzerAsync(string source)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source, ReferenceAssemblies = TestReferences.None };
        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        return test.RunAsync();
    }

    private static CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> Create(string[] sources, string[] fixedSources)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier> { ReferenceAssemblies = TestReferences.None };
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"File{i}.cs", sources[i]));
            test.FixedState.Sources.Add(($"File{i}.cs", fixedSources[i]));
        }

        test.TestState.AdditionalReferences.AddRange(TestReferences.All);
        return test;
    }
}
