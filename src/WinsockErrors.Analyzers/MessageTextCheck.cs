using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using WinsockErrors.Analyzers.Data;

namespace WinsockErrors.Analyzers;

/// <summary>
/// One check of an exception's <c>Message</c> against a socket error's text: <c>Contains</c>, <c>StartsWith</c>,
/// <c>EndsWith</c>, <c>IndexOf</c>, <c>Equals</c>, <c>==</c>/<c>!=</c>, <c>Regex.IsMatch</c>, a <c>switch</c> or an
/// <c>is</c> pattern.
/// </summary>
/// <param name="Check">Where the diagnostic goes: the call or comparison, or the case's string for a switch.</param>
/// <param name="Read">The <c>Message</c> read.</param>
/// <param name="Text">The string compared with.</param>
/// <param name="Codes">The Winsock codes whose texts it matches.</param>
/// <param name="Replaced">The expression a fix replaces with a code comparison, or <see langword="null"/> when there is no fix.</param>
/// <param name="Negated">Whether the check is true when the text is absent (<c>!=</c>, <c>IndexOf(…) &lt; 0</c>).</param>
/// <param name="Form">How the message is tested against <paramref name="Text"/>.</param>
internal sealed record MessageTextCheck(IOperation Check, MessageRead Read, string Text, IReadOnlyList<int> Codes, IOperation? Replaced, bool Negated, MessageTextForm Form)
{
    private static readonly string[] StringChecks = { "Contains", "StartsWith", "EndsWith", "IndexOf", "Equals" };

    /// <summary>Every check in <paramref name="operation"/> whose string is a socket error's text.</summary>
    public static IEnumerable<MessageTextCheck> Find(IOperation operation, Compilation compilation, int minimumLength = MessageFragments.MinimumLength) =>
        Candidates(operation, compilation)
            .Select(candidate => candidate with { Codes = CodesOf(candidate, minimumLength) })
            .Where(candidate => candidate.Codes.Count > 0);

    private static IReadOnlyList<int> CodesOf(MessageTextCheck candidate, int minimumLength) => candidate.Form switch
    {
        MessageTextForm.Pattern => RegexLiterals.Of(candidate.Text).SelectMany(literal => MessageFragments.Codes(literal, minimumLength)).Distinct().OrderBy(code => code).ToList(),
        MessageTextForm.Whole => MessageFragments.Codes(candidate.Text, minimumLength, whole: true),
        _ => MessageFragments.Codes(candidate.Text, minimumLength),
    };

    private static IEnumerable<MessageTextCheck> Candidates(IOperation operation, Compilation compilation)
    {
        switch (operation)
        {
            case IInvocationOperation invocation:
                return FromCall(invocation, compilation);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                var negated = binary.OperatorKind == BinaryOperatorKind.NotEquals;
                return Compared(binary, binary.LeftOperand, binary.RightOperand, compilation, binary, negated)
                    .Concat(Compared(binary, binary.RightOperand, binary.LeftOperand, compilation, binary, negated));
            case IIsPatternOperation isPattern when MessageRead.Find(isPattern.Value, compilation) is { } read:
                return Patterns(isPattern.Pattern, read);
            case ISwitchOperation switchStatement when MessageRead.Find(switchStatement.Value, compilation) is { } read:
                return switchStatement.Cases.SelectMany(section => section.Clauses).SelectMany(clause => clause switch
                {
                    ISingleValueCaseClauseOperation single => Constant(single.Value, read),
                    IPatternCaseClauseOperation pattern => Patterns(pattern.Pattern, read),
                    _ => Enumerable.Empty<MessageTextCheck>(),
                });
            case ISwitchExpressionOperation switchExpression when MessageRead.Find(switchExpression.Value, compilation) is { } read:
                return switchExpression.Arms.SelectMany(arm => Patterns(arm.Pattern, read));
            default:
                return Enumerable.Empty<MessageTextCheck>();
        }
    }

    private static IEnumerable<MessageTextCheck> FromCall(IInvocationOperation invocation, Compilation compilation)
    {
        var method = invocation.TargetMethod;
        if (method.ContainingType.SpecialType == SpecialType.System_String && StringChecks.Contains(method.Name))
        {
            if (!method.IsStatic)
            {
                if (StringArgument(invocation, 0) is { } text && MessageRead.Find(invocation.Instance, compilation) is { } read)
                {
                    if (method.Name == "IndexOf")
                    {
                        var (test, negated) = IndexOfTest(invocation);
                        yield return new MessageTextCheck(test ?? invocation, read, text, System.Array.Empty<int>(), test, negated, MessageTextForm.Part);
                    }
                    else
                    {
                        var form = method.Name == "Equals" ? MessageTextForm.Whole : MessageTextForm.Part;
                        yield return new MessageTextCheck(invocation, read, text, System.Array.Empty<int>(), invocation, false, form);
                    }
                }
            }
            else if (method.Name == "Equals" && invocation.Arguments.Length >= 2)
            {
                foreach (var check in Compared(invocation, invocation.Arguments[0].Value, invocation.Arguments[1].Value, compilation, invocation, false)
                    .Concat(Compared(invocation, invocation.Arguments[1].Value, invocation.Arguments[0].Value, compilation, invocation, false)))
                {
                    yield return check;
                }
            }
        }
        else if (method is { Name: "IsMatch", IsStatic: true } && method.ContainingType.ToDisplayString() == "System.Text.RegularExpressions.Regex"
            && StringArgument(invocation, 1) is { } pattern
            && MessageRead.Find(Operations.ArgumentFor(invocation, 0), compilation) is { } read)
        {
            yield return new MessageTextCheck(invocation, read, pattern, System.Array.Empty<int>(), invocation, false, MessageTextForm.Pattern);
        }
    }

    private static IEnumerable<MessageTextCheck> Compared(IOperation check, IOperation message, IOperation other, Compilation compilation, IOperation replaced, bool negated)
    {
        if (StringConstant(other) is { } text && MessageRead.Find(message, compilation) is { } read)
        {
            yield return new MessageTextCheck(check, read, text, System.Array.Empty<int>(), replaced, negated, MessageTextForm.Whole);
        }
    }

    private static IEnumerable<MessageTextCheck> Patterns(IPatternOperation pattern, MessageRead read) => pattern switch
    {
        IConstantPatternOperation constant => Constant(constant.Value, read),
        IBinaryPatternOperation binary => Patterns(binary.LeftPattern, read).Concat(Patterns(binary.RightPattern, read)),
        INegatedPatternOperation negated => Patterns(negated.Pattern, read),
        _ => Enumerable.Empty<MessageTextCheck>(),
    };

    private static IEnumerable<MessageTextCheck> Constant(IOperation value, MessageRead read)
    {
        if (StringConstant(value) is { } text)
        {
            yield return new MessageTextCheck(Operations.SkipImplicitConversions(value)!, read, text, System.Array.Empty<int>(), null, false, MessageTextForm.Whole);
        }
    }

    /// <summary>The comparison around <c>IndexOf</c> that tests for the text (<c>&gt;= 0</c>, <c>!= -1</c>) or its absence (<c>&lt; 0</c>, <c>== -1</c>).</summary>
    private static (IOperation? Replaced, bool Negated) IndexOfTest(IInvocationOperation indexOf)
    {
        if (indexOf.Parent is not IBinaryOperation binary || binary.LeftOperand != indexOf
            || Operations.IntConstant(binary.RightOperand)?.ConstantValue.Value is not int bound)
        {
            return (null, false);
        }

        return (binary.OperatorKind, bound) switch
        {
            (BinaryOperatorKind.GreaterThanOrEqual, 0) or (BinaryOperatorKind.GreaterThan, -1) or (BinaryOperatorKind.NotEquals, -1) => (binary, false),
            (BinaryOperatorKind.LessThan, 0) or (BinaryOperatorKind.Equals, -1) => (binary, true),
            _ => (null, false),
        };
    }

    private static string? StringArgument(IInvocationOperation invocation, int ordinal) =>
        StringConstant(Operations.ArgumentFor(invocation, ordinal));

    private static string? StringConstant(IOperation? operation) =>
        Operations.SkipImplicitConversions(operation)?.ConstantValue is { HasValue: true, Value: string text } ? text : null;
}
