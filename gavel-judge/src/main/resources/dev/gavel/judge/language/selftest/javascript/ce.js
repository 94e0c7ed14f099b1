function main( {
  console.log('x');
}
