using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>WSK003: <c>WsaErrors.Describe(e.ErrorCode)</c>, <c>Find(e.ErrorCode)</c> and <c>TryFind(e.ErrorCode, …)</c>.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ErrorCodeArgumentAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The lookups whose int overload a <c>SocketException</c> overload makes exact.</summary>
    internal static readonly string[] Lookups = { "Describe", "Find", "TryFind" };

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.ErrorCodeArgument);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        KnownSymbols.WhenReferenced(context, (start, symbols) =>
            start.RegisterOperationAction(operation => Analyze(operation, symbols), OperationKind.Invocation));
    }

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!symbols.IsIntLookup(invocation.TargetMethod, Lookups))
        {
            return;
        }

        var argument = Operations.ArgumentFor(invocation, 0);
        if (Operations.SkipImplicitConversions(argument) is IPropertyReferenceOperation access && ErrorCodeAccess.Is(access, symbols))
        {
            context.ReportDiagnostic(Diagnostic.Create(Rules.ErrorCodeArgument, argument!.Syntax.GetLocation(), invocation.TargetMethod.Name, access.Property.Name));
        }
    }
}
