using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Seedance.Contracts;

/// <summary>
/// Registers generated clients on <c>IHttpClientFactory</c>. Generated code wraps this in a
/// client-specific method such as <c>AddMagnificClient</c>.
/// </summary>
public static class SeedanceServiceCollectionExtensions
{
    /// <summary>The name of the retry pipeline added to every Seedance client.</summary>
    public const string RetryPipelineName = "seedance-retry";

    /// <summary>
    /// Registers <typeparamref name="TClient"/> as a typed HTTP client with named options
    /// <typeparamref name="TOptions"/> (named after the client type). The HTTP client gets the options'
    /// BaseAddress, Timeout and User-Agent; transient failures (5xx, 408, 429, connection errors) of
    /// idempotent requests are retried through Microsoft.Extensions.Http.Resilience, honouring
    /// <c>Retry-After</c>; POST/PUT/PATCH/DELETE are never retried (a retried create would start and bill a
    /// second task). <see cref="SeedanceClientOptions.Retry"/> tunes or disables the retries; logged
    /// request headers are redacted.
    /// </summary>
    /// <typeparam name="TClient">The generated client.</typeparam>
    /// <typeparam name="TOptions">The generated client's options.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options, or <see langword="null"/>.</param>
    /// <param name="factory">Creates the client from the factory's HTTP client and the options.</param>
    /// <returns>The HTTP client builder, for more handlers or settings.</returns>
    public static IHttpClientBuilder AddSeedanceClient<TClient, TOptions>(
        this IServiceCollection services,
        Action<TOptions>? configure,
        Func<HttpClient, TOptions, TClient> factory)
        where TClient : SeedanceClientBase
        where TOptions : SeedanceClientOptions, new()
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(factory);

        string name = typeof(TClient).FullName ?? typeof(TClient).Name;
        OptionsBuilder<TOptions> options = services.AddOptions<TOptions>(name);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        Func<HttpClient, IServiceProvider, TClient> createClient = (httpClient, provider) =>
        {
            TOptions clientOptions = provider.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name);
            TClient client = factory(httpClient, clientOptions);

            // The factory hands out a fresh HttpClient per client, so headers can live on it once.
            client.AdoptHttpClient();
            return client;
        };
        IHttpClientBuilder builder = services.AddHttpClient(name).AddTypedClient(createClient);

        builder.ConfigureHttpClient((provider, httpClient) =>
        {
            TOptions clientOptions = provider.GetRequiredService<IOptionsMonitor<TOptions>>().Get(name);
            if (clientOptions.BaseAddress is not null)
            {
                httpClient.BaseAddress = clientOptions.BaseAddress;
            }

            httpClient.Timeout = clientOptions.Timeout;
            if (!string.IsNullOrEmpty(clientOptions.UserAgent))
            {
                httpClient.DefaultRequestHeaders.UserAgent.Clear();
                httpClient.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", clientOptions.UserAgent);
            }
        });

        // Header values (the API key among them) never reach HttpClientFactory's logs.
        builder.RedactLoggedHeaders(static _ => true);

        builder.AddResilienceHandler(RetryPipelineName, (pipeline, context) =>
        {
            SeedanceRetryOptions retry = context.GetOptions<TOptions>(name).Retry;
            if (!retry.Enabled || retry.MaxRetryAttempts <= 0)
            {
                return;
            }

            var strategy = new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = retry.MaxRetryAttempts,
                Delay = retry.BaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = retry.UseJitter,
                ShouldRetryAfterHeader = true,
            };
            strategy.DisableForUnsafeHttpMethods();
            pipeline.AddRetry(strategy);
        });

        return builder;
    }
}
