using System.Reflection;

namespace WinsockErrors.Generator.Emit;

/// <summary>The version of this generator as its package was built, for the <c>GeneratedCode</c> attribute.</summary>
internal static class GeneratorVersion
{
    /// <summary>
    /// The informational version without its "+build" metadata (a commit id would change the generated code with every
    /// commit), or the assembly version when there is no informational version.
    /// </summary>
    public static string Value { get; } = Read(typeof(GeneratorVersion).Assembly);

    internal static string Read(Assembly assembly)
    {
        if (assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion is not { Length: > 0 } informational)
        {
            return assembly.GetName().Version?.ToString() ?? "0.0.0";
        }

        var plus = informational.IndexOf('+');
        return plus < 0 ? informational : informational.Substring(0, plus);
    }
}
