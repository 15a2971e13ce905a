using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>WSK005: <c>e.Message.Contains("forcibly closed")</c> and the other checks of a message against a socket error's text.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MessageTextAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.MessageText);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        KnownSymbols.WhenReferenced(context, (start, symbols) =>
            start.RegisterOperationAction(
                operation => Analyze(operation, symbols),
                OperationKind.Invocation,
                OperationKind.Binary,
                OperationKind.IsPattern,
                OperationKind.Switch,
                OperationKind.SwitchExpression));
    }

    private static void Analyze(OperationAnalysisContext context, KnownSymbols symbols)
    {
        foreach (var check in MessageTextCheck.Find(context.Operation, context.Compilation))
        {
            var names = string.Join(", ", check.Codes.Select(code => symbols.FindCode(code)?.WsaErrorName ?? code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var instead = check.Codes.Count == 1 && symbols.IsSocketException(check.Read.Exception?.Type) && symbols.FindCode(check.Codes[0])?.SocketErrorName is { } member
                ? $"'SocketErrorCode' with 'SocketError.{member}'"
                : $"'ToWsaError()' with 'WsaError.{(check.Codes.Count == 1 ? names : "…")}'";
            context.ReportDiagnostic(Diagnostic.Create(Rules.MessageText, Reported(check.Check).Syntax.GetLocation(), check.Text, names, instead));
        }
    }

    /// <summary>The check, or the <c>a?.Message.Contains(…)</c> it is the end of.</summary>
    internal static IOperation Reported(IOperation check)
    {
        var current = check;
        while (current.Parent is IConditionalAccessOperation conditional && conditional.WhenNotNull == current)
        {
            current = conditional;
        }

        return current;
    }
}
