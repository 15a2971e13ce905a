// Source: Lapiniot/OOs.Common, System.Common.Net/Connections/Exceptions/HostNotFoundException.cs
using System;

class HostNotFoundException : Exception
{
    protected internal const string HostNotFound = "Host not found."; // look-alike

    public HostNotFoundException() : base(HostNotFound) { }
}
