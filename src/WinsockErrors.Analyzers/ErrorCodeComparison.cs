using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>
/// One place where a <c>SocketException</c>'s <c>ErrorCode</c> or <c>NativeErrorCode</c> is compared with
/// constants: <c>==</c>, <c>!=</c>, a <c>switch</c>, an <c>is</c> or property pattern, <c>Equals</c> or a test
/// framework's <c>Assert.Equal</c>/<c>AreEqual</c>.
/// </summary>
internal sealed class ErrorCodeComparison
{
    private ErrorCodeComparison(IOperation access, IReadOnlyList<ComparedConstant> constants, bool comparesOtherwise, bool inPropertyPattern)
    {
        Access = access;
        Constants = constants;
        ComparesOtherwise = comparesOtherwise;
        InPropertyPattern = inPropertyPattern;
    }

    /// <summary>The <c>ErrorCode</c> or <c>NativeErrorCode</c> read, or a local that holds it.</summary>
    public IOperation Access { get; }

    /// <summary>Every constant the code is compared with.</summary>
    public IReadOnlyList<ComparedConstant> Constants { get; }

    /// <summary>Whether some part of the comparison is not a constant (a relational or <c>var</c> pattern, …).</summary>
    public bool ComparesOtherwise { get; }

    /// <summary>Whether the access is a property pattern, <c>{ ErrorCode: 10054 }</c>.</summary>
    public bool InPropertyPattern { get; }

    /// <summary>
    /// How the message names each compared Winsock code or socket errno (0 means success on every OS, so it is
    /// portable and has none).
    /// </summary>
    public IEnumerable<string> Readings =>
        Constants.Select(constant => constant.Reading).OfType<string>();

    /// <summary>Whether every compared value is a Winsock code, so the whole comparison can be rewritten.</summary>
    public bool IsRewritable => !ComparesOtherwise && Constants.All(constant => constant.Code is not null);

    /// <summary>Whether every compared code has a <c>SocketError</c> member, so <c>SocketErrorCode</c> can be compared.</summary>
    public bool HasSocketErrorForAll => Constants.All(constant => constant.Code?.SocketErrorName is not null);

    /// <summary>
    /// The comparison <paramref name="access"/> (a read of the code, or a local holding it) takes part in, or
    /// <see langword="null"/> when it is not compared with a constant.
    /// </summary>
    public static ErrorCodeComparison? Find(IOperation access, KnownSymbols symbols)
    {
        var builder = new Builder(symbols);
        if (access.Parent is IPropertySubpatternOperation subpattern && subpattern.Member == access)
        {
            builder.AddPattern(subpattern.Pattern);
            return builder.Build(access, inPropertyPattern: true);
        }

        var outer = ErrorCodeAccess.Outermost(access);
        switch (outer.Parent)
        {
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary:
                builder.AddValue(binary.LeftOperand == outer ? binary.RightOperand : binary.LeftOperand);
                break;
            case IIsPatternOperation isPattern when isPattern.Value == outer:
                builder.AddPattern(isPattern.Pattern);
                break;
            case ISwitchOperation switchStatement when switchStatement.Value == outer:
                foreach (var clause in switchStatement.Cases.SelectMany(section => section.Clauses))
                {
                    builder.AddCaseClause(clause);
                }

                break;
            case ISwitchExpressionOperation switchExpression when switchExpression.Value == outer:
                foreach (var arm in switchExpression.Arms)
                {
                    builder.AddPattern(arm.Pattern);
                }

                break;
            case IInvocationOperation invocation when invocation.Instance == outer && EqualityCalls.IsEquals(invocation.TargetMethod):
                builder.AddValue(invocation.Arguments[0].Value);
                break;
            case IArgumentOperation { Parent: IInvocationOperation invocation } argument:
                var other = EqualityCalls.OtherSide(invocation, argument);
                if (other is null)
                {
                    return null;
                }

                builder.AddValue(other);
                break;
            default:
                return null;
        }

        return builder.Build(access, inPropertyPattern: false);
    }

    private sealed class Builder
    {
        private readonly KnownSymbols symbols;
        private readonly List<ComparedConstant> constants = new();
        private bool comparesOtherwise;

        public Builder(KnownSymbols symbols) => this.symbols = symbols;

        public void AddValue(IOperation? value)
        {
            var constant = Operations.IntConstant(value);
            if (constant is null)
            {
                comparesOtherwise = true;
                return;
            }

            constants.Add(ComparedNumber.Read(constant, symbols));
        }

        public void AddPattern(IPatternOperation pattern)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    AddValue(constant.Value);
                    break;
                case IBinaryPatternOperation binary:
                    AddPattern(binary.LeftPattern);
                    AddPattern(binary.RightPattern);
                    break;
                case INegatedPatternOperation negated:
                    AddPattern(negated.Pattern);
                    break;
                case IDiscardPatternOperation:
                    break;
                default:
                    comparesOtherwise = true;
                    break;
            }
        }

        public void AddCaseClause(ICaseClauseOperation clause)
        {
            switch (clause)
            {
                case ISingleValueCaseClauseOperation single:
                    AddValue(single.Value);
                    break;
                case IPatternCaseClauseOperation patternClause:
                    AddPattern(patternClause.Pattern);
                    break;
                case IDefaultCaseClauseOperation:
                    break;
                default:
                    comparesOtherwise = true;
                    break;
            }
        }

        public ErrorCodeComparison? Build(IOperation access, bool inPropertyPattern) =>
            constants.Count == 0 ? null : new ErrorCodeComparison(access, constants, comparesOtherwise, inPropertyPattern);
    }
}
