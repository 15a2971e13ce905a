using System;
using System.Collections;
using System.Collections.Generic;

namespace WinsockErrors;

/// <summary>The read-only list behind <see cref="WsaErrors.All"/>: it creates each entry only when it is reached.</summary>
internal sealed class WsaErrorList : IReadOnlyList<WsaErrorInfo>
{
    public int Count => WsaErrors.EntryCount;

    public WsaErrorInfo this[int index] =>
        (uint)index < (uint)WsaErrors.EntryCount ? WsaErrors.EntryAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<WsaErrorInfo> GetEnumerator()
    {
        for (var i = 0; i < WsaErrors.EntryCount; i++)
        {
            yield return WsaErrors.EntryAt(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
