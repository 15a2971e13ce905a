using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace WinsockErrors.Analyzers;

/// <summary>
/// The types the rules need, and every Winsock code read from the <c>WsaError</c> enum the compilation references.
/// </summary>
/// <remarks>
/// The codes come from the referenced WinsockErrors library, whose <c>WsaError</c> is generated from the data file,
/// so the analyzer holds no table of its own and always agrees with the library version in use. A code pairs with
/// the <c>SocketError</c> member of the same value, as <c>WsaErrorExtensions.ToWsaError(SocketError)</c> pairs them.
/// </remarks>
internal sealed class KnownSymbols
{
    private readonly Dictionary<int, WinsockCode> codes;

    private KnownSymbols(Compilation compilation, INamedTypeSymbol socketException, INamedTypeSymbol socketError, INamedTypeSymbol wsaError, Dictionary<int, WinsockCode> codes)
    {
        SocketException = socketException;
        SocketError = socketError;
        WsaError = wsaError;
        WsaErrors = compilation.GetTypeByMetadataName("WinsockErrors.WsaErrors");
        WsaErrorInfo = compilation.GetTypeByMetadataName("WinsockErrors.WsaErrorInfo");
        this.codes = codes;
    }

    public INamedTypeSymbol SocketException { get; }

    public INamedTypeSymbol SocketError { get; }

    public INamedTypeSymbol WsaError { get; }

    /// <summary>The static façade, whose int lookups have exception and enum overloads.</summary>
    public INamedTypeSymbol? WsaErrors { get; }

    public INamedTypeSymbol? WsaErrorInfo { get; }

    /// <summary>The symbols, or <see langword="null"/> when the compilation lacks System.Net.Sockets or the WinsockErrors library.</summary>
    public static KnownSymbols? Create(Compilation compilation)
    {
        var socketException = compilation.GetTypeByMetadataName("System.Net.Sockets.SocketException");
        var socketError = compilation.GetTypeByMetadataName("System.Net.Sockets.SocketError");
        var wsaError = compilation.GetTypeByMetadataName("WinsockErrors.WsaError");
        if (socketException is null || socketError is null || wsaError is null)
        {
            return null;
        }

        var socketErrorNames = MembersByValue(socketError);
        var codes = new Dictionary<int, WinsockCode>();
        foreach (var pair in MembersByValue(wsaError))
        {
            socketErrorNames.TryGetValue(pair.Key, out var socketErrorName);
            codes[pair.Key] = new WinsockCode(pair.Key, pair.Value, socketErrorName);
        }

        return new KnownSymbols(compilation, socketException, socketError, wsaError, codes);
    }

    /// <summary>Runs <paramref name="register"/> for every compilation that references the WinsockErrors library.</summary>
    public static void WhenReferenced(AnalysisContext context, System.Action<CompilationStartAnalysisContext, KnownSymbols> register)
    {
        context.RegisterCompilationStartAction(start =>
        {
            if (Create(start.Compilation) is { } symbols)
            {
                register(start, symbols);
            }
        });
    }

    /// <summary>Whether <paramref name="method"/> is the <c>WsaErrors</c> lookup <paramref name="name"/> taking an <c>int</c> code first.</summary>
    public bool IsIntLookup(IMethodSymbol method, params string[] names) =>
        SymbolEqualityComparer.Default.Equals(method.ContainingType, WsaErrors)
        && System.Array.IndexOf(names, method.Name) >= 0
        && method.Parameters.Length > 0
        && method.Parameters[0].Type.SpecialType == SpecialType.System_Int32;

    /// <summary>The code with this value, or <see langword="null"/> when no <c>WsaError</c> member has it.</summary>
    public WinsockCode? FindCode(object? value) =>
        value is int number && codes.TryGetValue(number, out var code) ? code : null;

    /// <summary>Whether <paramref name="type"/> is <c>SocketException</c> or derives from it.</summary>
    public bool IsSocketException(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, SocketException))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="type"/> is an enum other than <c>SocketError</c> and <c>WsaError</c> with at least
    /// <see cref="OwnEnumMinimumMembers"/> members that hold Winsock codes of the 10000s: a project's copy of the table.
    /// </summary>
    public bool IsOwnWinsockEnum(ITypeSymbol? type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType
            || SymbolEqualityComparer.Default.Equals(enumType, SocketError)
            || SymbolEqualityComparer.Default.Equals(enumType, WsaError))
        {
            return false;
        }

        var winsockMembers = 0;
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: int value } && value >= 10000 && codes.ContainsKey(value))
            {
                winsockMembers++;
            }
        }

        return winsockMembers >= OwnEnumMinimumMembers;
    }

    /// <summary>How many Winsock members make an enum a copy of the table: one could be a coincidence, two are not.</summary>
    internal const int OwnEnumMinimumMembers = 2;

    /// <summary>Whether <paramref name="type"/> is <c>WsaError</c> or <c>WsaError?</c>.</summary>
    public bool IsWsaError(ITypeSymbol? type) => SymbolEqualityComparer.Default.Equals(UnwrapNullable(type), WsaError);

    public static ITypeSymbol? UnwrapNullable(ITypeSymbol? type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

    private static Dictionary<int, string> MembersByValue(INamedTypeSymbol enumType)
    {
        var members = new Dictionary<int, string>();
        foreach (var member in enumType.GetMembers())
        {
            // The first member declared with a value names it, as Enum.GetName does for most enums.
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: int value } field && !members.ContainsKey(value))
            {
                members[value] = field.Name;
            }
        }

        return members;
    }
}
