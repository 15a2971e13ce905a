// Source: EbrahimGhazal/RadaTik, RadaTik/Services/MikroTik/MikroTikConnectionSupport.cs, commit 06bf109703c7c7cb16ff576409464d0c980103b3
using System;

class MikroTikConnectionSupport
{
    private static bool IsTransient(Exception ex) =>
        ex.Message.Contains("connection", StringComparison.OrdinalIgnoreCase) // look-alike
        || ex.Message.Contains("transport", StringComparison.OrdinalIgnoreCase) // look-alike
        || ex.Message.Contains("forcibly closed", StringComparison.OrdinalIgnoreCase) // non-portable
        || ex.Message.Contains("timeout", StringComparison.OrdinalIgnoreCase); // look-alike
}
