using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>WSK001: <c>e.ErrorCode == 10054</c> and every other comparison of a <c>SocketException</c>'s error code with a Winsock code.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ErrorCodeComparisonAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.ErrorCodeComparison);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        KnownSymbols.WhenReferenced(context, (start, symbols) =>
        {
            var members = new ErrorCodeMembers(symbols);
            start.RegisterOperationAction(
                operation => Analyze(operation, symbols, members),
                OperationKind.PropertyReference,
                OperationKind.FieldReference,
                OperationKind.LocalReference);
        });
    }

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols, ErrorCodeMembers members)
    {
        var operation = context.Operation;
        if (!ErrorCodeAccess.Is(operation, symbols) && operation.Type?.SpecialType != SpecialType.System_Int32)
        {
            return;
        }

        var codes = ErrorCodeComparison.Find(operation, symbols)?.Readings.Distinct().ToList();
        if (codes is not { Count: > 0 } || Subject(operation, symbols, members, context.CancellationToken) is not { } subject)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rules.ErrorCodeComparison, operation.Syntax.GetLocation(), subject, string.Join(", ", codes)));
    }

    /// <summary>
    /// What the message calls the compared value: <c>ErrorCode</c>, or <c>code' (= 'e.ErrorCode')</c> for a local,
    /// private field or auto-property that only holds it.
    /// </summary>
    private static string? Subject(IOperation operation, KnownSymbols symbols, ErrorCodeMembers members, CancellationToken cancellationToken) => operation switch
    {
        IPropertyReferenceOperation access when ErrorCodeAccess.Is(access, symbols) => access.Property.Name,
        ILocalReferenceOperation local when ErrorCodeLocal.Source(local, symbols, cancellationToken) is { } source =>
            $"{local.Local.Name}' (= '{source.Syntax}')",
        IMemberReferenceOperation member when members.Source(member, cancellationToken) is { } source =>
            $"{member.Member.Name}' (= '{source}')",
        _ => null,
    };
}
