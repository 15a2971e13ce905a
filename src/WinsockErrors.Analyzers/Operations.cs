using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace WinsockErrors.Analyzers;

/// <summary>Small helpers over <see cref="IOperation"/> trees.</summary>
internal static class Operations
{
    /// <summary>The operand under any implicit conversions.</summary>
    public static IOperation? SkipImplicitConversions(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The constant <c>int</c> value of <paramref name="operation"/> under implicit conversions, or <see langword="null"/>.</summary>
    public static IOperation? IntConstant(IOperation? operation)
    {
        operation = SkipImplicitConversions(operation);
        return operation is { ConstantValue: { HasValue: true, Value: int } } ? operation : null;
    }

    /// <summary>The value passed for the parameter at <paramref name="ordinal"/>, wherever named arguments put it.</summary>
    public static IOperation? ArgumentFor(IInvocationOperation invocation, int ordinal)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The outermost operation above <paramref name="operation"/>: the body or initializer it is part of.</summary>
    public static IOperation Root(IOperation operation)
    {
        while (operation.Parent is { } parent)
        {
            operation = parent;
        }

        return operation;
    }
}
