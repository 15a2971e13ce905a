// Source: dotnet/docs, samples/snippets/csharp/new-in-6/NetworkClient.cs
using System.Net.Http;
using System.Threading.Tasks;

class NetworkClient
{
    public static async Task<string> MakeRequest(HttpClient client)
    {
        try
        {
            return await client.GetStringAsync("https://docs.microsoft.com/en-us/dotnet/about/");
        }
        catch (HttpRequestException e) when (e.Message.Contains("301")) // look-alike
        {
            return "Site Moved";
        }
    }
}
