using System.Collections.Generic;
using System.Linq;

namespace WinsockErrors.Generator.Model;

internal static class EquatableArrayExtensions
{
    public static EquatableArray<string> ToEquatableArray(this IEnumerable<string> items) => new(items);

    public static object[] ToArrayOfObjects(this EquatableArray<string> items) => items.Cast<object>().ToArray();
}
