using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>
/// A read of an exception's <c>Message</c>, as a string check sees it: <c>e.Message</c>, also under
/// <c>ToLower()</c>, <c>ToLowerInvariant()</c>, <c>ToUpper…</c> or <c>Trim()</c>, behind a <c>?.</c>, and through a
/// local that is never written again and holds the message (<c>var message = ex.Message + ex.InnerException?.Message;</c>).
/// </summary>
/// <param name="Access">The <c>Message</c> property read.</param>
/// <param name="IsDirect">Whether the check reads <c>Message</c> itself, with no case change or <c>?.</c> between, so a fix can replace it.</param>
internal sealed record MessageRead(IPropertyReferenceOperation Access, bool IsDirect)
{
    private static readonly ImmutableHashSet<string> Normalizers = ImmutableHashSet.Create(
        "ToLower", "ToLowerInvariant", "ToUpper", "ToUpperInvariant", "Trim");

    /// <summary>The exception whose message is read.</summary>
    public IOperation? Exception => Access.Instance;

    /// <summary>The <c>Message</c> read that <paramref name="operation"/> is, or <see langword="null"/>.</summary>
    public static MessageRead? Find(IOperation? operation, Compilation compilation)
    {
        var direct = true;
        operation = Operations.SkipImplicitConversions(operation);
        while (true)
        {
            if (operation is IInvocationOperation { Instance: { } instance } call
                && call.TargetMethod.ContainingType.SpecialType == SpecialType.System_String
                && Normalizers.Contains(call.TargetMethod.Name))
            {
                operation = instance;
            }
            else if (operation is IConditionalAccessInstanceOperation)
            {
                operation = ConditionalTarget(operation);
            }
            else if (operation is IConditionalAccessOperation conditional)
            {
                operation = conditional.WhenNotNull;
            }
            else if (operation is ILocalReferenceOperation local)
            {
                operation = HeldMessage(LocalValue.Initializer(local, CancellationToken.None));
            }
            else
            {
                break;
            }

            direct = false;
        }

        return operation is IPropertyReferenceOperation { Property.Name: "Message", Property.IsStatic: false } access
            && IsException(access.Instance?.Type ?? access.Property.ContainingType, compilation)
            ? new MessageRead(access, direct)
            : null;
    }

    /// <summary>The first <c>Message</c> read in a local's value: itself, or a part of a concatenation or <c>??</c>.</summary>
    private static IOperation? HeldMessage(IOperation? value)
    {
        value = Operations.SkipImplicitConversions(value);
        return value switch
        {
            IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } concatenation => HeldMessage(concatenation.LeftOperand) ?? HeldMessage(concatenation.RightOperand),
            ICoalesceOperation coalesce => HeldMessage(coalesce.Value),
            IParenthesizedOperation parenthesized => HeldMessage(parenthesized.Operand),
            null => null,
            _ => IsMessage(value) ? value : null,
        };
    }

    private static bool IsMessage(IOperation value)
    {
        for (var current = Operations.SkipImplicitConversions(value); current is not null;)
        {
            switch (current)
            {
                case IPropertyReferenceOperation { Property.Name: "Message" }:
                    return true;
                case IInvocationOperation { Instance: { } instance } call when Normalizers.Contains(call.TargetMethod.Name):
                    current = instance;
                    break;
                case IConditionalAccessOperation conditional when IsMessage(conditional.Operation):
                    return true;
                case IConditionalAccessOperation conditional:
                    current = conditional.WhenNotNull;
                    break;
                default:
                    return false;
            }
        }

        return false;
    }

    private static IOperation? ConditionalTarget(IOperation instance)
    {
        for (var current = instance.Parent; current is not null; current = current.Parent)
        {
            if (current is IConditionalAccessOperation conditional)
            {
                return conditional.Operation;
            }
        }

        return null;
    }

    private static bool IsException(ITypeSymbol? type, Compilation compilation)
    {
        var exception = compilation.GetTypeByMetadataName("System.Exception");
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, exception))
            {
                return true;
            }
        }

        return false;
    }
}
