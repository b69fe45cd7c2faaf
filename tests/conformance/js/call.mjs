// One AWS call through the JS SDK v3: node call.mjs SERVICE COMMAND [JSON_INPUT]
// SERVICE is the client package suffix (cloudwatch, iam); COMMAND the operation (DescribeAlarms).
// Endpoint, region and credentials come from AWS_ENDPOINT_URL, AWS_REGION and AWS_ACCESS_KEY_ID /
// AWS_SECRET_ACCESS_KEY. Prints {"output": ...} or {"error": {"name", "message", "status"}} and
// exits 0 either way, so the caller asserts on what AWS would have answered.
const [service, command, input = "{}"] = process.argv.slice(2);
const sdk = await import(`@aws-sdk/client-${service}`);
const clientClass = Object.values(sdk).find(
  (v) => typeof v === "function" && v.name.endsWith("Client") && v.name !== "Client" &&
         !v.name.startsWith("__"));
const client = new clientClass({ endpoint: process.env.AWS_ENDPOINT_URL, maxAttempts: 1 });
const commandClass = sdk[`${command}Command`];
if (!commandClass) {
  console.error(`no command ${command} in @aws-sdk/client-${service}`);
  process.exit(2);
}
try {
  const { $metadata, ...output } = await client.send(new commandClass(JSON.parse(input)));
  console.log(JSON.stringify({ output, protocol: client.config.protocol?.constructor?.name }));
} catch (e) {
  console.log(JSON.stringify({
    error: { name: e.name, message: e.message, status: e.$metadata?.httpStatusCode },
  }));
}
