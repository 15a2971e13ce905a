using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>Calls that compare two values: <c>Equals</c> and the xunit, NUnit and MSTest equality assertions.</summary>
internal static class EqualityCalls
{
    private static readonly ImmutableHashSet<string> AssertNamespaces = ImmutableHashSet.Create(
        "Xunit",
        "NUnit.Framework",
        "NUnit.Framework.Legacy",
        "Microsoft.VisualStudio.TestTools.UnitTesting");

    private static readonly ImmutableHashSet<string> AssertMethods = ImmutableHashSet.Create("Equal", "NotEqual", "AreEqual", "AreNotEqual");

    private static readonly ImmutableHashSet<string> ComparedParameters = ImmutableHashSet.Create("expected", "notExpected", "actual");

    /// <summary>Whether <paramref name="method"/> is an <c>Equals</c> that returns <see langword="bool"/>.</summary>
    public static bool IsEquals(IMethodSymbol method) =>
        method.Name == nameof(object.Equals)
        && method.ReturnType.SpecialType == SpecialType.System_Boolean
        && method.Parameters.Length == (method.IsStatic ? 2 : 1);

    /// <summary>The value <paramref name="argument"/> is compared with in <paramref name="invocation"/>, or <see langword="null"/> when the call compares nothing.</summary>
    public static IOperation? OtherSide(IInvocationOperation invocation, IArgumentOperation argument)
    {
        var method = invocation.TargetMethod;
        if (IsEquals(method))
        {
            return method.IsStatic
                ? invocation.Arguments.FirstOrDefault(other => other != argument)?.Value
                : invocation.Instance;
        }

        if (!IsAssertion(method) || argument.Parameter is null || !ComparedParameters.Contains(argument.Parameter.Name))
        {
            return null;
        }

        return invocation.Arguments
            .FirstOrDefault(other => other != argument && other.Parameter is not null && ComparedParameters.Contains(other.Parameter.Name))
            ?.Value;
    }

    private static bool IsAssertion(IMethodSymbol method) =>
        AssertMethods.Contains(method.Name)
        && method.ContainingType.Name is "Assert" or "ClassicAssert"
        && AssertNamespaces.Contains(method.ContainingType.ContainingNamespace.ToDisplayString());
}
