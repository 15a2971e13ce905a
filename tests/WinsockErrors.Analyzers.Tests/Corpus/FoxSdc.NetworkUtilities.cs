// Source: VulpesSARL/Fox-SDC, FoxSDC_Common/NetworkUtilities.cs
using System.Net.NetworkInformation;

class NetworkUtilities
{
    public static bool PortAvailable(int Port)
    {
        foreach (var tcpi in IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners())
        {
            if (tcpi.Port == Port) // look-alike
                return false;
        }

        return true;
    }
}
