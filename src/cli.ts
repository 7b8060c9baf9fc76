// Entry point: `node dist/cli.js serve <service|all>`.
console.log('todo-chatbot');
