using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xinfang.Core.Cases;
using Xinfang.Core.Messages.Features;
using Xinfang.Core.Messages.Senders;
using Xinfang.Core.Outbox;

namespace Xinfang.Core.Messages;

/// <summary>Text messages to petitioners: templates, the step observer that writes them, and the configured sender.</summary>
public static class MessagesServices
{
    public static IServiceCollection AddMessages(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = SmsSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddScoped<TextMessageWriter>();
        services.AddScoped<MessageTemplates>();
        services.AddScoped<ICaseStepObserver, CaseTextMessages>();
        if (settings.Sender == "http")
        {
            services.AddHttpClient(HttpSmsSender.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15))
                .ConfigurePrimaryHttpMessageHandler(() => new System.Net.Http.SocketsHttpHandler { AllowAutoRedirect = false });
            services.AddScoped<IOutboxSender, HttpSmsSender>();
        }
        else
        {
            services.AddScoped<IOutboxSender, FileSmsSender>();
        }

        return services;
    }
}
