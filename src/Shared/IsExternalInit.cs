#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

/// <summary>Lets netstandard2.0 code declare records and init-only properties.</summary>
internal static class IsExternalInit
{
}
#endif
