using System.Collections.Generic;

namespace WinsockErrors.Generator.Model;

/// <summary>
/// The order errno values are read in: every errno winsock2.h pairs with a code first, then the ones only .NET maps
/// (EAGAIN to WSAEWOULDBLOCK, EPIPE to WSAESHUTDOWN). Where two share a number or a name, the first one wins.
/// </summary>
internal static class ErrnoPairing
{
    /// <summary>Every errno of every entry, with the entry's index, winsock2.h pairs first; data order within each group.</summary>
    public static IEnumerable<(int Index, ErrnoModel Errno)> PairsFirst(IReadOnlyList<ErrorModel> errors)
    {
        foreach (var paired in new[] { true, false })
        {
            for (var i = 0; i < errors.Count; i++)
            {
                foreach (var errno in errors[i].Errno)
                {
                    if (errno.IsWinsockPair == paired)
                    {
                        yield return (i, errno);
                    }
                }
            }
        }
    }
}
