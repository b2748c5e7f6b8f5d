extension SecretDetector {
    static let azureSharedAccessKey = SecretDetector(
        id: "SECRET-AZURE-SHARED-ACCESS-KEY", title: "Azure Service Bus, Event Hubs or IoT Hub shared access key",
        grants: "sending, receiving or managing on the namespace, as its shared access policy allows",
        revoke: "the Azure portal, rotate the key (storage account › Access keys, or the resource's shared access policies)",
        equivalents: [.trufflehog("AzureServiceBus")],
        finder: KeyedValue(keys: ["SharedAccessKey="], caseless: false, .base64Padded, 44...44) { $0.last == UInt8(ascii: "=") },
        triggering: [
            "↓SERVICEBUS_CONNECTION=\"Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=+tMIBj+r/jD4ArZ7iU78tHPQjjkS+qzxB9mXrc1SGB9=\"",
        ],
        nonTriggering: [
            "SERVICEBUS_CONNECTION=\"Endpoint=sb://shop.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>\"",
            "SERVICEBUS_CONNECTION=\"SharedAccessKey=+tMIBj+r/jD4ArZ7iU78\"",
        ])
}
