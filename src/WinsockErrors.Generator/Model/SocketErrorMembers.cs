using System.Linq;
using Microsoft.CodeAnalysis;

namespace WinsockErrors.Generator.Model;

/// <summary>
/// The member names of <c>System.Net.Sockets.SocketError</c> as the compilation sees it: a small equatable value,
/// so that the pipeline re-runs only when they change, not on every edit of the compilation.
/// </summary>
/// <param name="IsVisible">False when the compilation cannot see the type; the names are then not checked.</param>
internal sealed record SocketErrorMembers(bool IsVisible, EquatableArray<string> Names)
{
    public const string TypeName = "System.Net.Sockets.SocketError";

    public static SocketErrorMembers Of(Compilation compilation)
    {
        var type = compilation.GetTypeByMetadataName(TypeName);
        if (type is null)
        {
            return new SocketErrorMembers(false, EquatableArray<string>.Empty);
        }

        var names = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name).OrderBy(n => n, System.StringComparer.Ordinal);
        return new SocketErrorMembers(true, new EquatableArray<string>(names));
    }

    public bool Allows(string member) => !IsVisible || Names.Contains(member);
}
