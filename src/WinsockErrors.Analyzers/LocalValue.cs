using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>What a local holds when it is initialised once and never written again: <c>var code = e.ErrorCode;</c>.</summary>
internal static class LocalValue
{
    /// <summary>The initial value of <paramref name="reference"/>'s local, or <see langword="null"/> when the local is written after its declaration.</summary>
    public static IOperation? Initializer(ILocalReferenceOperation reference, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        if (local.IsRef || local.IsConst || reference.SemanticModel is not { } model || local.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declarator = model.GetOperation(local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken), cancellationToken) as IVariableDeclaratorOperation;
        if (declarator?.Initializer is null || Operations.Root(reference).DescendantsAndSelf().OfType<ILocalReferenceOperation>().Any(other => IsWrite(other, local)))
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        return declarator.Initializer.Value;
    }

    private static bool IsWrite(ILocalReferenceOperation reference, ILocalSymbol local)
    {
        if (!SymbolEqualityComparer.Default.Equals(reference.Local, local))
        {
            return false;
        }

        for (IOperation current = reference; current.Parent is { } parent; current = parent)
        {
            switch (parent)
            {
                case IAssignmentOperation assignment when assignment.Target == current:
                case IIncrementOrDecrementOperation:
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                case IAddressOfOperation:
                    return true;
                case ITupleOperation:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
